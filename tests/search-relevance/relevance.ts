/**
 * The judged query set (judged-queries.json) run through a search, scored the usual way:
 * success@3 (a relevant answer among the first three hits) and MRR (the mean of 1 / the
 * rank of the first relevant hit in the top ten, 0 when there is none). Shared by the
 * relevance test (tests/integration/search-relevance.test.ts) and `npm run bench`.
 *
 * Queries are the storefront's own (search-shape.ts): the same fields, match strategy,
 * typo tolerance and highlighting the search page sends.
 */
// defineSearchIndex registers on import, into the registry modules-sdk sets up.
import "@medusajs/framework/modules-sdk"
import { randomBytes } from "node:crypto"
import type { HttpTypes, SearchTypes } from "@medusajs/types"
import { leafFields } from "../../backend/src/lib/document-paths"
import { MeilisearchSearchProviderService } from "../../backend/src/modules/search-meilisearch/service"
import postIndex from "../../backend/src/search/post"
import productIndex from "../../backend/src/search/product"
import { startMeilisearchStandin } from "../meilisearch-standin/server"
import { NO_FILTERS } from "../../storefront/src/lib/product-filters"
import { postSearchQuery, productSearchQuery } from "../../storefront/src/lib/medusa/search-shape"
import judgedQueries from "./judged-queries.json"

export type Judgment = { query: string; index: "product" | "post"; relevant: string[]; kind: string }
export const JUDGMENTS = judgedQueries as Judgment[]

const DEPTH = 10

/** The storefront's query for a judgment: the search page's, ten hits, no facets. */
export function storefrontQuery(judgment: Judgment): HttpTypes.StoreSearchQuery {
  const page = { skip: 0, take: DEPTH }
  return judgment.index === "product" ? productSearchQuery(judgment.query, NO_FILTERS, "us", page, false) : postSearchQuery(judgment.query, page)
}

/** A hit's handle (products) or slug (posts): what the judgments name. */
export const answerOf = (judgment: Judgment, hit: { document: Record<string, unknown> }) => String(hit.document[judgment.index === "product" ? "handle" : "slug"])

export type Judged = { judgment: Judgment; answers: string[]; rank: number | null }
export type Report = { provider: string; queries: number; successAt3: number; mrr: number; judged: Judged[] }

/** Runs every judgment through `search` (the answers in ranked order) and scores it. */
export async function judge(provider: string, search: (judgment: Judgment) => Promise<string[]>, judgments = JUDGMENTS): Promise<Report> {
  const judged: Judged[] = []
  for (const judgment of judgments) {
    const answers = (await search(judgment)).slice(0, DEPTH)
    const index = answers.findIndex((answer) => judgment.relevant.includes(answer))
    judged.push({ judgment, answers, rank: index === -1 ? null : index + 1 })
  }
  const successes = judged.filter((j) => j.rank !== null && j.rank <= 3).length
  const mrr = judged.reduce((sum, j) => sum + (j.rank ? 1 / j.rank : 0), 0) / judged.length
  return { provider, queries: judged.length, successAt3: successes / judged.length, mrr, judged }
}

const percent = (n: number) => `${(n * 100).toFixed(1)} %`

/** The scores, per index and kind, and every query that missed the top three. */
export function formatReport(report: Report): string {
  const lines = [`${report.provider}: success@3 ${percent(report.successAt3)}, MRR ${report.mrr.toFixed(3)} (${report.queries} queries)`]
  const groups = new Map<string, Judged[]>()
  for (const j of report.judged) {
    const key = `${j.judgment.index} ${j.judgment.kind}`
    groups.set(key, [...(groups.get(key) ?? []), j])
  }
  for (const [key, items] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const hits = items.filter((j) => j.rank !== null && j.rank <= 3).length
    lines.push(`  ${key.padEnd(18)} ${hits}/${items.length}`)
  }
  for (const j of report.judged.filter((j) => j.rank === null || j.rank > 3)) {
    lines.push(`  missed: ${j.judgment.index} "${j.judgment.query}" → ${j.answers.slice(0, 3).join(", ") || "(nothing)"}; wanted ${j.judgment.relevant.join(" | ")}${j.rank ? ` (rank ${j.rank})` : ""}`)
  }
  return lines.join("\n")
}

type StoreSearchHits = { hits: { id: string; document: Record<string, unknown> }[] }

/** One query through a running backend's POST /store/search; `what` names it in the error. */
async function storeSearch(backendUrl: string, publishableKey: string, query: unknown, what: string): Promise<StoreSearchHits> {
  const response = await fetch(`${backendUrl}/store/search`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-publishable-api-key": publishableKey },
    body: JSON.stringify(query),
  })
  if (!response.ok) throw new Error(`POST /store/search answered ${response.status} ${what}: ${await response.text()}`)
  const { results } = (await response.json()) as { results: StoreSearchHits[] }
  return results[0]
}

/** A search through a running backend's POST /store/search, as the storefront sends it. */
export function storeApiSearch(backendUrl: string, publishableKey: string) {
  return async (judgment: Judgment) => {
    const { hits } = await storeSearch(backendUrl, publishableKey, storefrontQuery(judgment), `for "${judgment.query}"`)
    return hits.map((hit) => answerOf(judgment, hit))
  }
}

/** Every document a running backend's index holds, with all the given fields. */
export async function indexDocuments(backendUrl: string, publishableKey: string, entity: "product" | "post", fields: string[]) {
  const documents: ({ id: string } & Record<string, unknown>)[] = []
  // The Store API hands out at most 100 hits a page.
  for (let skip = 0; ; skip += 100) {
    const { hits } = await storeSearch(backendUrl, publishableKey, { entity, fields, pagination: { skip, take: 100 } }, `reading the ${entity} index`)
    documents.push(...hits.map((hit) => ({ ...hit.document, id: hit.id })))
    if (hits.length < 100) return documents
  }
}

/** A storefront query as the provider query the Search Module makes of it (without its sales channel scoping). */
export function providerQuery(index: SearchTypes.ResolvedSearchIndexDefinition, judgment: Judgment): SearchTypes.ProviderSearchQuery {
  const { filters, fields, pagination, search_options } = storefrontQuery(judgment)
  const { q, ...rest } = (filters ?? {}) as { q?: string }
  return {
    index,
    q,
    filters: Object.keys(rest).length ? (rest as SearchTypes.SearchFilters) : undefined,
    attributes_to_retrieve: fields ?? ["id"],
    pagination: { skip: pagination?.skip ?? 0, take: pagination?.take ?? DEPTH },
    search_options: search_options as SearchTypes.SearchOptions,
  }
}

/**
 * Our Meilisearch provider holding the documents the running backend's indexes hold: on
 * the Meilisearch stand-in, or on a real Meilisearch when MEILISEARCH_TEST_HOST is set
 * (MEILISEARCH_TEST_API_KEY for its key). `stop` deletes the indexes and the stand-in.
 */
export async function meilisearchCopy(backendUrl: string, publishableKey: string) {
  const run = randomBytes(3).toString("hex")
  const resolved = (definition: SearchTypes.SearchIndexDefinition, name: string): SearchTypes.ResolvedSearchIndexDefinition => ({
    ...definition,
    primary_key: "id",
    provider: "meilisearch",
    settings: definition.settings ?? {},
    definition_hash: "relevance",
    physical_name: `relevance_${run}_${name}`,
  })
  const indexes = { product: resolved(productIndex, "product"), post: resolved(postIndex, "post") }
  let host = process.env.MEILISEARCH_TEST_HOST
  let apiKey = process.env.MEILISEARCH_TEST_API_KEY
  let stopStandin = async () => {}
  if (!host) {
    apiKey = "relevance-master-key"
    const standin = await startMeilisearchStandin({ apiKey })
    host = standin.url
    stopStandin = standin.stop
  }
  const provider = new MeilisearchSearchProviderService({}, { host, apiKey, task_interval_ms: 10 })
  const stop = async () => {
    for (const index of Object.values(indexes)) await provider.deleteIndex({ index: index.physical_name }).catch(() => {})
    await stopStandin()
  }
  try {
    for (const [entity, index] of Object.entries(indexes) as ["product" | "post", SearchTypes.ResolvedSearchIndexDefinition][]) {
      await provider.upsertIndex({ index })
      const documents = await indexDocuments(backendUrl, publishableKey, entity, leafFields(index.fields).map(([path]) => path))
      if (documents.length < 10) throw new Error(`the shop's ${entity} index holds only ${documents.length} documents`)
      const task = await provider.upsertDocuments({ index: index.physical_name, definition: index, documents })
      const done = await provider.waitForTask(task, { timeout_ms: 30_000 })
      if (done.status !== "succeeded") throw new Error(`Meilisearch did not take the ${entity} documents: ${JSON.stringify(done)}`)
    }
  } catch (error) {
    await stop()
    throw error
  }
  const search = async (judgment: Judgment) => {
    const [result] = await provider.searchMany([providerQuery(indexes[judgment.index], judgment)])
    return result.hits.map((hit) => answerOf(judgment, hit))
  }
  return { label: process.env.MEILISEARCH_TEST_HOST ? "meilisearch" : "meilisearch (stand-in)", search, stop }
}
