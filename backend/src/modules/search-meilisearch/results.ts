/** A Meilisearch response in the Search Module's shape: hits, highlights, facets, counts. */
import type { SearchTypes } from "@medusajs/framework/types"
import { deletePath, readPath } from "../../lib/document-paths"
import { decodeDocument } from "./documents"
import type { BuiltSearch } from "./query"

type MeiliResponse = {
  hits: Record<string, unknown>[]
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
  built: BuiltSearch,
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
