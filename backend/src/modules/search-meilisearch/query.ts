/** One provider query as the Meilisearch search parameters it becomes. */
import type { SearchTypes } from "@medusajs/framework/types"
import { leafFields } from "../../lib/document-paths"
import { dateFields } from "./documents"
import { invalid, reject } from "./errors"
import { compileFilters, quoteValue } from "./filters"
import { facetKinds, isFacetable, searchWeight } from "./settings"

// An import type, not `import type … with { "resolution-mode" }`: the same thing to TypeScript, which Biome's parser also accepts.
type MeiliSearchParams = import("meilisearch", { with: { "resolution-mode": "import" } }).MultiSearchQuery

/** A query's search parameters, and the highlighted fields fetched only for their highlights. */
export type BuiltSearch = { params: MeiliSearchParams; highlightFields: string[]; extraAttributes: string[] }

/** One provider query as the Meilisearch search (or multi-search entry) it becomes. */
export function buildSearchParams(input: SearchTypes.ProviderSearchQuery): BuiltSearch {
  const index = input.index
  const options = input.search_options ?? {}
  const leaves = new Map(leafFields(index.fields))
  if (options.vector) reject("does not support vector search: no embedder is configured")
  if (input.pagination?.cursor !== undefined) reject("does not support cursor pagination")
  const skip = input.pagination?.skip ?? 0
  const take = input.pagination?.take ?? 20
  const q = input.q?.trim() ?? ""

  const params: MeiliSearchParams = { indexUid: index.physical_name, q: queryText(q, options) }
  const filter = compileFilters(input.filters, index)
  if (filter) params.filter = filter

  const exactCount = options.count === "exact" && (take === 0 || skip % take === 0)
  if (exactCount) {
    params.hitsPerPage = take
    params.page = take === 0 ? 1 : skip / take + 1
  } else {
    params.offset = skip
    params.limit = take
  }

  const sort = Object.entries(input.pagination?.order ?? {})
    .filter(([path]) => path !== "_score")
    .map(([path, direction]) => `${path}:${direction === "DESC" ? "desc" : "asc"}`)
  if (sort.length) params.sort = sort

  if (options.attributes_to_search_on?.length) params.attributesToSearchOn = options.attributes_to_search_on
  // "any": documents with every word first, then the commonest words dropped one by one;
  // the closest Meilisearch has to any single word matching.
  params.matchingStrategy = options.match_strategy === "any" ? "frequency" : "all"
  if (options.distinct) params.distinct = options.distinct
  if (options.min_score !== undefined) params.rankingScoreThreshold = Math.min(1, Math.max(0, options.min_score))
  if (options.include_score) params.showRankingScore = true
  if (options.locales?.length) params.locales = options.locales

  const facetFields = new Set<string>()
  for (const facet of options.facets ?? []) {
    const request = typeof facet === "string" ? { field: facet, type: "value" as const } : facet
    const field = leaves.get(request.field)
    if (!field || !isFacetable(field) || !facetKinds(field).includes(request.type ?? "value")) {
      invalid(`Field "${request.field}" does not support "${request.type ?? "value"}" facets on search index "${index.name}"`)
    }
    if ((request.type ?? "value") !== "range") facetFields.add(request.field)
  }
  if (facetFields.size) params.facets = [...facetFields]

  let highlightFields: string[] = []
  if (options.highlight && q) {
    const highlight = options.highlight
    highlightFields =
      highlight === true
        ? options.attributes_to_search_on ?? leafFields(index.fields).filter(([, f]) => searchWeight(f) > 0).map(([p]) => p)
        : highlight.fields
    for (const path of highlightFields) {
      const field = leaves.get(path)
      if (!field || (field.type !== "text" && field.type !== "keyword")) invalid(`Cannot highlight field "${path}" on search index "${index.name}"`)
    }
    const settings = typeof highlight === "object" ? highlight : undefined
    params.attributesToHighlight = highlightFields
    params.highlightPreTag = settings?.pre_tag ?? "<mark>"
    params.highlightPostTag = settings?.post_tag ?? "</mark>"
    if (settings?.snippet) {
      params.attributesToCrop = highlightFields
      params.cropLength = typeof settings.snippet === "object" ? settings.snippet.length : 10
      params.cropMarker = "…"
    }
  }
  const wanted = new Set([index.primary_key, ...input.attributes_to_retrieve])
  const extraAttributes = highlightFields.filter((path) => !wanted.has(path))
  params.attributesToRetrieve = [...wanted, ...extraAttributes]
  return { params, highlightFields, extraAttributes }
}

/**
 * Meilisearch tolerates typos per index, not per query. The contract makes tolerance a
 * per-query choice (off unless asked), so without it every term is sent as a phrase,
 * which Meilisearch matches exactly — except the last term of a typeahead ("last")
 * query, which stays a prefix.
 */
function queryText(q: string, options: SearchTypes.SearchOptions): string {
  if (!q || options.typo_tolerance) return q
  const terms = q.match(/"[^"]*"|[^\s"]+/g) ?? []
  return terms
    .map((term, i) => (term.startsWith('"') || (options.match_strategy === "last" && i === terms.length - 1) ? term : `"${term}"`))
    .join(" ")
}

/** The range facets of a query, each range as a count-only query. */
export function rangeFacetQueries(input: SearchTypes.ProviderSearchQuery, base: MeiliSearchParams) {
  const out: { field: string; key: string; from?: number | string; to?: number | string; params: MeiliSearchParams }[] = []
  const dates = dateFields(input.index)
  for (const facet of input.search_options?.facets ?? []) {
    if (typeof facet === "string" || facet.type !== "range") continue
    for (const range of facet.ranges) {
      const bounds = [
        range.from !== undefined ? `${facet.field} >= ${quoteValue(range.from, dates.has(facet.field))}` : undefined,
        range.to !== undefined ? `${facet.field} < ${quoteValue(range.to, dates.has(facet.field))}` : undefined,
      ].filter(Boolean)
      const filter = [base.filter, ...bounds].filter(Boolean).map((f) => `(${f})`).join(" AND ")
      const { offset: _o, limit: _l, page: _p, hitsPerPage: _h, facets: _f, attributesToHighlight: _a, attributesToCrop: _c, sort: _s, ...rest } = base
      out.push({
        field: facet.field,
        key: range.key ?? `${range.from ?? "*"}-${range.to ?? "*"}`,
        from: range.from,
        to: range.to,
        params: { ...rest, ...(filter ? { filter } : {}), page: 1, hitsPerPage: 0, attributesToRetrieve: [input.index.primary_key] },
      })
    }
  }
  return out
}
