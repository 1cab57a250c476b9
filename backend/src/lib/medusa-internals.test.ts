import assert from "node:assert/strict"
import { test } from "node:test"
import * as internals from "./medusa-internals"

// Each is a class or a loader function; an upgrade that moves or renames one leaves it undefined.
const expected: Record<keyof typeof internals, "class" | "function"> = {
  cachingHashLoader: "function",
  MemoryCachingProvider: "class",
  redisCachingConnectionLoader: "function",
  redisCachingHashLoader: "function",
  RedisCachingProvider: "class",
  MedusaStripeProviderService: "class",
  PostgresSearchService: "class",
  tableNameForIndex: "function",
  normalizeFacetRequests: "function",
  mapFacetResult: "function",
  buildDisjunctiveFacetQueries: "function",
  PostgresSearchMigration20260807120000: "class",
}

test("every Medusa internal the backend builds on is still where it was", () => {
  const exported = new Map<string, unknown>(Object.entries(internals))
  for (const [name, kind] of Object.entries(expected)) {
    const value = exported.get(name)
    assert.equal(typeof value, "function", `${name} is ${typeof value}: did a Medusa upgrade move it?`)
    if (kind === "class") assert.ok(typeof value === "function" && value.prototype, `${name} is no longer a class`)
  }
})

test("the subclassed providers keep the identifiers the shop's configuration relies on", () => {
  // Same identifiers: indexes and payment providers made by the stock providers stay valid.
  assert.equal(internals.PostgresSearchService.identifier, "search-postgres")
  assert.equal(internals.MedusaStripeProviderService.identifier, "stripe")
})

test("the Postgres provider still names a search index's table the way the lexicon expects", () => {
  assert.match(internals.tableNameForIndex("product_v1"), /product_v1/)
})
