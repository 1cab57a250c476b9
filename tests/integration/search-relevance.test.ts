/**
 * Search relevance on the judged query set (tests/search-relevance): the storefront's own
 * queries through the running test shop's POST /store/search (the Postgres provider, or
 * whatever MEILISEARCH_HOST made the shop use), and through our Meilisearch provider against
 * the Meilisearch stand-in — or a real Meilisearch when MEILISEARCH_TEST_HOST is set —
 * holding the very documents the shop's index holds. Each must put a relevant answer in
 * the first three for at least 90 % of the queries; `npm run bench` reports the figures.
 */
import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { formatReport, judge, meilisearchCopy, storeApiSearch, type Report } from "../search-relevance/relevance"
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

  it(`our Meilisearch provider, against ${process.env.MEILISEARCH_TEST_HOST ? "Meilisearch" : "the Meilisearch stand-in"}, finds them`, async () => {
    const meilisearch = await meilisearchCopy(backendUrl(), publishableKey())
    try {
      assertFloor(await judge(meilisearch.label, meilisearch.search))
    } finally {
      await meilisearch.stop()
    }
  })
})
