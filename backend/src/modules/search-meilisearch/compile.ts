/**
 * Pure translation between the Search Module's contract and Meilisearch: index settings
 * from a definition, the filter tree to Meilisearch's filter syntax, documents in and
 * out (dates are stored as epoch milliseconds so they can be range-filtered and sorted),
 * and search parameters. No I/O here, so it is unit-testable on its own.
 */
import { MedusaError } from "@medusajs/framework/utils"
import type { SearchTypes } from "@medusajs/framework/types"
import type { MultiSearchQuery, Settings } from "meilisearch" with { "resolution-mode": "import" }
import { deletePath, mapPath, readPath } from "../../lib/document-paths"

type Field = SearchTypes.SearchFieldDefinition
type Definition = SearchTypes.ResolvedSearchIndexDefinition

const reject = (message: string): never => {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The Meilisearch provider ${message}`)
}
const invalid = (message: string): never => {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

export function leafFields(fields: Record<string, Field>, prefix = ""): [string, Field][] {
  return Object.entries(fields).flatMap(([name, field]) => {
    const path = prefix ? `${prefix}.${name}` : name
    return field.type === "object" && field.fields ? leafFields(field.fields, path) : [[path, field] as [string, Field]]
  })
}

const searchWeight = (field: Field) =>
  field.searchable === true ? 1 : typeof field.searchable === "object" ? field.searchable.weight ?? 1 : 0
const isFacetable = (field: Field) => field.facetable === true || typeof field.facetable === "object"
const facetKinds = (field: Field): SearchTypes.SearchFacetKind[] =>
  typeof field.facetable === "object" && field.facetable.types
    ? field.facetable.types
    : ["integer", "float", "date"].includes(field.type)
      ? ["range"]
      : ["value"]

export type MeiliSettings = Settings

export const DEFAULT_RANKING_RULES = ["words", "typo", "proximity", "attribute", "sort", "exactness"]

/** Throws for what this provider cannot hold; called by upsertIndex so it fails at migration time. */
export function assertIndexSupported(index: Definition) {
  for (const [path, field] of leafFields(index.fields)) {
    if (field.type === "geo") reject(`does not support geo fields ("${path}" on "${index.name}")`)
    if (field.type === "vector") reject(`does not support vector fields ("${path}" on "${index.name}"): no embedder is configured`)
  }
}

export function buildSettings(index: Definition): MeiliSettings {
  assertIndexSupported(index)
  const leaves = leafFields(index.fields)
  const typo = index.settings.typo_tolerance ?? {}
  if (typo.min_word_size_for_one_typo !== undefined && typo.min_word_size_for_two_typos !== undefined) {
    if (typo.min_word_size_for_two_typos < typo.min_word_size_for_one_typo) {
      invalid(`Search index "${index.name}": min_word_size_for_two_typos cannot be lower than min_word_size_for_one_typo`)
    }
  }
  const searchable = leaves
    .filter(([, field]) => searchWeight(field) > 0)
    // Meilisearch ranks attributes by their order in searchableAttributes: heavier first.
    .map(([path, field], position) => ({ path, weight: searchWeight(field), position }))
    .sort((a, b) => b.weight - a.weight || a.position - b.position)
    .map(({ path }) => path)
  const filterable = new Set<string>([index.primary_key])
  for (const [path, field] of leaves) if (field.filterable || isFacetable(field)) filterable.add(path)
  const retrievable = leaves.filter(([, field]) => field.retrievable !== false).map(([path]) => path)
  const settings: MeiliSettings = {
    searchableAttributes: searchable,
    filterableAttributes: [...filterable],
    sortableAttributes: leaves.filter(([, field]) => field.sortable).map(([path]) => path),
    displayedAttributes: retrievable.length === leaves.length ? ["*"] : [...new Set([index.primary_key, ...retrievable])],
    distinctAttribute: index.settings.distinct_attribute ?? null,
    typoTolerance: {
      enabled: typo.enabled ?? true,
      ...(typo.min_word_size_for_one_typo !== undefined || typo.min_word_size_for_two_typos !== undefined
        ? {
            minWordSizeForTypos: {
              ...(typo.min_word_size_for_one_typo !== undefined ? { oneTypo: typo.min_word_size_for_one_typo } : {}),
              ...(typo.min_word_size_for_two_typos !== undefined ? { twoTypos: typo.min_word_size_for_two_typos } : {}),
            },
          }
        : {}),
      disableOnAttributes: typo.disabled_on_attributes ?? [],
    },
    rankingRules: DEFAULT_RANKING_RULES,
    faceting: { maxValuesPerFacet: 100 },
    pagination: { maxTotalHits: 1000 },
  }
  // Escape hatch: `settings.provider_options.meilisearch` is merged over what we derived.
  return { ...settings, ...(index.settings.provider_options?.meilisearch ?? {}) } as MeiliSettings
}

/* --------------------------------- values --------------------------------- */

const dateFields = (index: Pick<Definition, "fields">) =>
  new Set(leafFields(index.fields).filter(([, f]) => f.type === "date").map(([path]) => path))

function toEpoch(value: unknown): unknown {
  if (value === null || value === undefined) return value
  if (Array.isArray(value)) return value.map(toEpoch)
  const date = value instanceof Date ? value : typeof value === "string" || typeof value === "number" ? new Date(value) : null
  const time = date?.getTime()
  return time === undefined || Number.isNaN(time) ? value : time
}


/** A document as stored in Meilisearch: dates as epoch milliseconds. */
export function encodeDocument(document: SearchTypes.SearchDocument, index: Pick<Definition, "fields">) {
  const copy: Record<string, unknown> = structuredClone(document)
  for (const path of dateFields(index)) mapPath(copy, path.split("."), toEpoch)
  return copy
}

/** A stored document back in the contract's shape: dates as ISO strings. */
export function decodeDocument(document: Record<string, unknown>, index: Pick<Definition, "fields">) {
  for (const path of dateFields(index)) {
    mapPath(document, path.split("."), (value) =>
      typeof value === "number" ? new Date(value).toISOString() : Array.isArray(value) ? value.map((v) => (typeof v === "number" ? new Date(v).toISOString() : v)) : value
    )
  }
  return document
}

/* --------------------------------- filters -------------------------------- */

const OPERATORS = new Set(["$eq", "$ne", "$in", "$nin", "$lt", "$lte", "$gt", "$gte", "$exists", "$contains", "$overlaps", "$prefix", "$like"])

export function quoteValue(value: SearchTypes.SearchFilterValue, isDate = false): string {
  if (value === null) return invalid("null can only be compared with $eq / $ne (IS NULL)")
  if (isDate || value instanceof Date) {
    const time = (value instanceof Date ? value : new Date(value as string | number)).getTime()
    if (Number.isNaN(time)) invalid(`"${String(value)}" is not a date`)
    return String(time)
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) invalid(`${value} is not a finite number`)
    return String(value)
  }
  if (typeof value === "boolean") return String(value)
  return `"${String(value).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`
}

function attribute(path: string): string {
  if (!/^[A-Za-z0-9_.-]+$/.test(path)) invalid(`Cannot filter on "${path}": unsupported characters in the field name`)
  return path
}

/**
 * The filter tree to Meilisearch's filter expression. Top-level keys AND together; an
 * array value means IN; `$contains` on an array field means every value is present
 * (`=` on an array attribute matches any element). `$prefix` and `$like` are rejected:
 * Meilisearch has no substring filter.
 */
export function compileFilters(filters: SearchTypes.SearchFilters | undefined, index: Pick<Definition, "fields">): string | undefined {
  if (!filters) return undefined
  const dates = dateFields(index)
  const clauses: string[] = []
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || key === "q") continue
    if (key === "$and" || key === "$or") {
      const branches = (value as SearchTypes.SearchFilters[]).map((branch) => compileFilters(branch, index)).filter((b): b is string => !!b)
      if (!branches.length) continue
      clauses.push(branches.length === 1 ? branches[0] : `(${branches.map((b) => `(${b})`).join(key === "$and" ? " AND " : " OR ")})`)
      continue
    }
    if (key === "$not") {
      const inner = compileFilters(value as SearchTypes.SearchFilters, index)
      if (inner) clauses.push(`NOT (${inner})`)
      continue
    }
    if (key.startsWith("$")) invalid(`Unknown filter operator "${key}"`)
    clauses.push(compileField(attribute(key), value, dates.has(key)))
  }
  if (!clauses.length) return undefined
  return clauses.length === 1 ? clauses[0] : clauses.map((c) => (/ (AND|OR) /.test(c) && !c.startsWith("(") ? `(${c})` : c)).join(" AND ")
}

/** A clause no document satisfies (an empty IN list). */
const never = (field: string) => `(${field} EXISTS AND ${field} NOT EXISTS)`

function compileField(field: string, value: unknown, isDate: boolean): string {
  const q = (v: SearchTypes.SearchFilterValue) => quoteValue(v, isDate)
  const list = (values: SearchTypes.SearchFilterValue[]) => `[${values.map(q).join(", ")}]`
  if (value === null) return `${field} IS NULL`
  if (Array.isArray(value)) return value.length ? `${field} IN ${list(value as SearchTypes.SearchFilterValue[])}` : never(field)
  if (typeof value !== "object" || value instanceof Date) return `${field} = ${q(value as SearchTypes.SearchFilterValue)}`

  const parts: string[] = []
  for (const [op, operand] of Object.entries(value as Record<string, any>)) {
    if (operand === undefined) continue
    if (!OPERATORS.has(op)) invalid(`Unknown filter operator "${op}" on "${field}"`)
    switch (op) {
      case "$eq":
        parts.push(operand === null ? `${field} IS NULL` : `${field} = ${q(operand)}`)
        break
      case "$ne":
        parts.push(operand === null ? `${field} IS NOT NULL` : `${field} != ${q(operand)}`)
        break
      case "$in":
        parts.push((operand as unknown[]).length ? `${field} IN ${list(operand)}` : "false")
        break
      case "$nin":
        if ((operand as unknown[]).length) parts.push(`${field} NOT IN ${list(operand)}`)
        break
      case "$lt":
        parts.push(`${field} < ${q(operand)}`)
        break
      case "$lte":
        parts.push(`${field} <= ${q(operand)}`)
        break
      case "$gt":
        parts.push(`${field} > ${q(operand)}`)
        break
      case "$gte":
        parts.push(`${field} >= ${q(operand)}`)
        break
      case "$exists":
        parts.push(operand ? `${field} EXISTS` : `${field} NOT EXISTS`)
        break
      case "$contains": {
        const values = Array.isArray(operand) ? operand : [operand]
        parts.push(values.map((v: SearchTypes.SearchFilterValue) => `${field} = ${q(v)}`).join(" AND "))
        break
      }
      case "$overlaps":
        parts.push((operand as unknown[]).length ? `${field} IN ${list(operand)}` : "false")
        break
      default:
        reject(`cannot filter with "${op}" ("${field}"): Meilisearch has no substring filter`)
    }
  }
  // "false" stands for an empty IN: Meilisearch has no boolean literal.
  const compiled = parts.map((p) => (p === "false" ? never(field) : p))
  if (!compiled.length) return `(${field} EXISTS OR ${field} NOT EXISTS)`
  return compiled.length === 1 ? compiled[0] : compiled.join(" AND ")
}

/** `{ id: [..] }` (or `$in`/`$eq` on the primary key) and nothing else: delete by id. */
export function primaryKeyIds(filters: SearchTypes.SearchFilters, primaryKey: string): string[] | undefined {
  const entries = Object.entries(filters).filter(([, value]) => value !== undefined)
  if (entries.length !== 1 || entries[0][0] !== primaryKey) return undefined
  const value: unknown = entries[0][1]
  if (typeof value === "string" || typeof value === "number") return [String(value)]
  if (Array.isArray(value)) return value.map(String)
  if (value && typeof value === "object") {
    const ops: Record<string, unknown> = { ...value }
    const keys = Object.keys(ops)
    if (keys.length === 1 && Array.isArray(ops.$in)) return ops.$in.map(String)
    if (keys.length === 1 && keys[0] === "$eq" && ops.$eq !== null && ops.$eq !== undefined) return [String(ops.$eq)]
  }
  return undefined
}

/* --------------------------------- queries -------------------------------- */

export type MeiliSearchParams = MultiSearchQuery

/** One provider query as the Meilisearch search (or multi-search entry) it becomes. */
export function buildSearchParams(input: SearchTypes.ProviderSearchQuery): { params: MeiliSearchParams; highlightFields: string[]; extraAttributes: string[] } {
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
export function queryText(q: string, options: SearchTypes.SearchOptions): string {
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
    for (const [i, range] of facet.ranges.entries()) {
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
      void i
    }
  }
  return out
}

type MeiliResponse = {
  hits: Record<string, any>[]
  estimatedTotalHits?: number
  totalHits?: number
  facetDistribution?: Record<string, Record<string, number>>
  facetStats?: Record<string, { min: number; max: number }>
  processingTimeMs?: number
  query?: string
}

/** A Meilisearch response in the contract's shape. */
export function mapResult(
  input: SearchTypes.ProviderSearchQuery,
  built: ReturnType<typeof buildSearchParams>,
  response: MeiliResponse,
  ranges: { field: string; key: string; from?: number | string; to?: number | string; count: number }[]
): SearchTypes.SearchResult {
  const index = input.index
  const options = input.search_options ?? {}
  const pre = (built.params.highlightPreTag as string) ?? "<mark>"
  const hits = response.hits.map((raw) => {
    const { _formatted, _rankingScore, _matchesPosition, ...document } = raw
    for (const path of built.extraAttributes) deletePath(document, path.split("."))
    const hit: SearchTypes.SearchHit = { id: String(document[index.primary_key]), document: decodeDocument(document, index) }
    if (options.include_score && typeof _rankingScore === "number") hit.score = _rankingScore
    if (built.highlightFields.length) {
      const highlights: Record<string, string[]> = {}
      for (const path of built.highlightFields) {
        const fragments = readPath(_formatted, path.split(".")).filter((v): v is string => typeof v === "string" && v.includes(pre))
        if (fragments.length) highlights[path] = fragments
      }
      hit.highlights = highlights
    }
    return hit
  })

  const facets: Record<string, SearchTypes.SearchFacetResult> = {}
  for (const facet of options.facets ?? []) {
    const request = typeof facet === "string" ? { field: facet, type: "value" as const } : facet
    if (request.type === "range") {
      facets[request.field] = {
        type: "range",
        ranges: ranges.filter((r) => r.field === request.field).map(({ key, from, to, count }) => ({ key, from, to, count })),
      }
    } else if (request.type === "stats") {
      const stats = response.facetStats?.[request.field]
      facets[request.field] = stats
        ? { type: "stats", min: stats.min, max: stats.max, count: response.totalHits ?? response.estimatedTotalHits ?? 0 }
        : { type: "stats", min: 0, max: 0, count: 0 }
    } else {
      const distribution = response.facetDistribution?.[request.field] ?? {}
      let values = Object.entries(distribution).map(([value, count]) => ({ value, count }))
      values.sort(request.sort === "alpha" ? (a, b) => a.value.localeCompare(b.value) : (a, b) => b.count - a.count || a.value.localeCompare(b.value))
      if (request.query) values = values.filter((v) => v.value.toLowerCase().includes(request.query!.toLowerCase()))
      const limited = request.limit ? values.slice(0, request.limit) : values
      facets[request.field] = {
        type: "value",
        values: limited,
        ...(limited.length < values.length ? { other_count: values.slice(limited.length).reduce((sum, v) => sum + v.count, 0) } : {}),
      }
    }
  }

  const count = options.count === "none" ? null : response.totalHits ?? response.estimatedTotalHits ?? null
  return {
    hits,
    ...(Object.keys(facets).length ? { facets } : {}),
    metadata: {
      skip: input.pagination?.skip ?? 0,
      take: input.pagination?.take ?? 20,
      count,
      query: input.q,
      processing_time_ms: response.processingTimeMs,
    },
  }
}


