/**
 * Search relevance on the judged query set (tests/search-relevance): the storefront's own
 * queries through the running test shop's POST /store/search (the Postgres provider, or
 * whatever MEILISEARCH_HOST made the shop use), and through our Meilisearch provider against
 * the Meilisearch stand-in — or a real Meilisearch when MEILISEARCH_TEST_HOST is set —
 * holding the very documents the shop's index holds. Each must put a relevant answer in
 * the first three for at least 90 % of the queries; `npm run bench` reports the figures.
 */
// defineSearchIndex registers on import, into the registry modules-sdk sets up.
import "@medusajs/framework/modules-sdk"
import assert from "node:assert/strict"
import { randomBytes } from "node:crypto"
import { after, before, describe, it } from "node:test"
import type { SearchTypes } from "@medusajs/framework/types"
import { leafFields } from "../../backend/src/lib/document-paths"
import { MeilisearchSearchProviderService } from "../../backend/src/modules/search-meilisearch/service"
import postIndex from "../../backend/src/search/post"
import productIndex from "../../backend/src/search/product"
import { startMeilisearchStandin } from "../meilisearch-standin/server"
import { answerOf, formatReport, indexDocuments, judge, providerQuery, storeApiSearch, type Judgment, type Report } from "../search-relevance/relevance"
import { backendUrl, publishableKey } from "../support/shop-clients"

const FLOOR = 0.9

function assertFloor(report: Report) {
  console.log(formatReport(report))
  assert.ok(report.successAt3 >= FLOOR, `${report.provider}: success@3 ${(report.successAt3 * 100).toFixed(1)} % is under ${FLOOR * 100} %\n${formatReport(report)}`)
}

describe("search relevance on the judged queries", () => {
  it(`the shop's POST /store/search (${process.env.MEILISEARCH_HOST ? "Meilisearch" : "Postgres"} provider) finds them`, async () => {
    assertFloor(await judge(process.env.MEILISEARCH_HOST ? "meilisearch (shop)" : "postgres", storeApiSearch(backendUrl(), publishableKey())))
  })

  describe(`our Meilisearch provider, against ${process.env.MEILISEARCH_TEST_HOST ? "Meilisearch" : "the Meilisearch stand-in"}`, () => {
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
    let provider: MeilisearchSearchProviderService
    let stop = async () => {}

    before(async () => {
      let host = process.env.MEILISEARCH_TEST_HOST
      let apiKey = process.env.MEILISEARCH_TEST_API_KEY
      if (!host) {
        apiKey = "relevance-master-key"
        const standin = await startMeilisearchStandin({ apiKey })
        host = standin.url
        stop = standin.stop
      }
      provider = new MeilisearchSearchProviderService({}, { host, apiKey, task_interval_ms: 10 })
      for (const [entity, index] of Object.entries(indexes) as ["product" | "post", SearchTypes.ResolvedSearchIndexDefinition][]) {
        await provider.upsertIndex({ index })
        const documents = await indexDocuments(backendUrl(), publishableKey(), entity, leafFields(index.fields).map(([path]) => path))
        assert.ok(documents.length > 10, `the shop's ${entity} index holds ${documents.length} documents`)
        const task = await provider.upsertDocuments({ index: index.physical_name, definition: index, documents })
        assert.equal((await provider.waitForTask(task, { timeout_ms: 30_000 })).status, "succeeded")
      }
    })
    after(async () => {
      for (const index of Object.values(indexes)) await provider?.deleteIndex({ index: index.physical_name }).catch(() => {})
      await stop()
    })

    it("finds them", async () => {
      const search = async (judgment: Judgment) => {
        const [result] = await provider.searchMany([providerQuery(indexes[judgment.index], judgment)])
        return result.hits.map((hit) => answerOf(judgment, hit))
      }
      assertFloor(await judge("meilisearch", search))
    })
  })
})
