/**
 * The Postgres search provider's facet table (modules/search-postgres/facet-table.ts) answers a
 * listing exactly as Medusa's stock provider answers it from the documents' JSONB: the same
 * hits in the same order, the same count and facets, for every filter operator, sort and facet
 * kind, also after documents change, are deleted and the index is cleared, and for a listing with
 * disjunctive facets, whose queries it answers together. Both providers run on
 * the test shop's database, over one index of generated documents of their own.
 */
import assert from "node:assert/strict"
import { after, before, describe, it } from "node:test"
import type { SearchTypes } from "@medusajs/framework/types"
import pg from "pg"
import { buildDisjunctiveFacetQueries, PostgresSearchService } from "../../src/lib/medusa-internals"
import { StillpointPostgresSearchService } from "../../src/modules/search-postgres/service"

type Query = SearchTypes.ProviderSearchQuery
type Document = Record<string, unknown>

const FILLS = ["Buckwheat hulls", "Kapok", "Cotton", "Foam"]
const COLOURS = ["Indigo", "Charcoal", "Sage", "Saffron", "Oat"]

/** Documents of every shape the index allows: fields missing, arrays empty, prices with cents, ties. */
function documents(count: number, seed = 7): Document[] {
  let state = seed
  const next = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state / 2 ** 31
  }
  const some = (values: string[]) => values.filter(() => next() < 0.4)
  return Array.from({ length: count }, (_, i) => {
    const document: Document = { id: `doc_${String(i).padStart(4, "0")}`, title: `Cushion ${i % 17}`, status: next() < 0.9 ? "published" : "draft" }
    if (next() < 0.9) document.fill = some(FILLS)
    if (next() < 0.9) document.colour = some(COLOURS)
    if (next() < 0.95) document.price = Math.round(next() * 20000) / 100
    if (next() < 0.9) document.in_stock = next() < 0.7
    if (next() < 0.95) document.created_at = new Date(Date.UTC(2026, 0, 1) + Math.floor(next() * 50) * 86_400_000).toISOString()
    return document
  })
}

const FACETS: SearchTypes.SearchQuery["search_options"] = {
  count: "exact",
  facets: [
    "fill",
    { field: "colour", sort: "alpha", limit: 3 },
    { field: "colour", query: "S" },
    "in_stock",
    { field: "price", type: "stats" },
    { field: "price", type: "range", ranges: [{ key: "low", to: 50 }, { from: 50, to: 150 }, { from: 150 }] },
  ],
}

/** Listings as a shop asks for them, and every operator the facet table translates. */
const LISTINGS: { filters?: SearchTypes.SearchFilters; order?: Record<string, "ASC" | "DESC">; skip?: number; take?: number }[] = [
  {},
  { filters: { status: "published" }, order: { price: "ASC", id: "ASC" } },
  { filters: { status: "published", fill: { $overlaps: ["Kapok"] }, in_stock: true }, order: { price: "DESC", id: "ASC" }, skip: 5 },
  { filters: { colour: { $in: ["Indigo", "Oat"] } }, order: { created_at: "DESC", id: "ASC" }, skip: 10, take: 7 },
  { filters: { colour: { $contains: ["Indigo", "Sage"] } }, order: { title: "ASC", id: "DESC" } },
  { filters: { colour: { $contains: [] } } },
  { filters: { fill: { $nin: ["Kapok", "Foam"] } }, order: { price: "ASC", id: "ASC" } },
  { filters: { fill: { $ne: "Cotton" }, colour: { $exists: false } } },
  { filters: { fill: { $exists: true }, in_stock: { $ne: true } } },
  { filters: { in_stock: { $eq: false } }, order: { in_stock: "ASC", id: "ASC" } },
  { filters: { in_stock: null } },
  { filters: { in_stock: { $ne: null } } },
  { filters: { price: { $gte: 50, $lt: 150 } }, order: { price: "DESC", id: "DESC" } },
  { filters: { price: { $gt: "99.5" } } },
  { filters: { price: [12.5, 80, 130.25] } },
  { filters: { created_at: { $gte: Date.UTC(2026, 0, 20) } } },
  { filters: { created_at: { $lte: Date.UTC(2026, 0, 10) } }, order: { created_at: "ASC", id: "ASC" } },
  { filters: { title: { $prefix: "Cushion 1" } }, order: { title: "DESC", id: "ASC" } },
  { filters: { title: { $like: "%shion 3" } } },
  { filters: { id: { $in: ["doc_0003", "doc_0007", "doc_9999"] } } },
  { filters: { $or: [{ fill: ["Kapok"] }, { price: { $lt: 20 } }], $not: { colour: "Oat" } } },
  { filters: { $and: [{ status: "published" }, { $or: [{ in_stock: true }, { colour: { $overlaps: ["Saffron"] } }] }] } },
  { filters: { fill: { $in: [] } } },
  { order: { _score: "DESC", price: "ASC", id: "ASC" }, skip: 395, take: 10 },
]

/** The database manager Medusa hands the provider, over one pg client: `?` placeholders, transactions. */
function manager(client: pg.Client, statements: string[]) {
  const execute = async (sql: string, params: unknown[] = []) => {
    statements.push(sql)
    let n = 0
    return (await client.query(sql.replace(/\?/g, () => `$${++n}`), params)).rows
  }
  const transactional = async <T>(run: (m: { execute: typeof execute }) => Promise<T>) => {
    await client.query("BEGIN")
    try {
      const result = await run({ execute })
      await client.query("COMMIT")
      return result
    } catch (error) {
      await client.query("ROLLBACK")
      throw error
    }
  }
  return { execute, transactional }
}

/**
 * The answer with each stats facet's sum and average to 12 significant digits: floating-point
 * sums depend on the order they add up in, which is the table's scan order for the stock
 * provider and group by group for the facet table.
 */
function comparable(result: SearchTypes.SearchResult) {
  delete (result.metadata as { processing_time_ms?: number }).processing_time_ms
  for (const facet of Object.values(result.facets ?? {})) {
    if (facet.type !== "stats") continue
    for (const key of ["sum", "avg"] as const) if (typeof facet[key] === "number") facet[key] = Number(facet[key].toPrecision(12))
  }
  return result
}

const logger = { info() {}, warn() {}, error() {}, debug() {} }

describe("the Postgres search provider's facet table", { concurrency: false }, () => {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL })
  const statements: string[] = []
  const physical = `facet_equivalence_${process.pid}`
  const index = {
    name: "facet_equivalence",
    entity: "facet_equivalence",
    physical_name: physical,
    provider: "search-postgres",
    primary_key: "id",
    definition_hash: "test",
    seed: async function* () {},
    settings: {},
    fields: {
      id: { type: "keyword", filterable: true, sortable: true },
      title: { type: "text", searchable: true, filterable: true, sortable: true },
      status: { type: "keyword", filterable: true },
      fill: { type: "keyword", array: true, filterable: true, facetable: true },
      colour: { type: "keyword", array: true, filterable: true, facetable: true },
      price: { type: "float", filterable: true, sortable: true, facetable: { types: ["range", "stats"] } },
      in_stock: { type: "boolean", filterable: true, sortable: true, facetable: true },
      created_at: { type: "date", filterable: true, sortable: true },
    },
  } as unknown as SearchTypes.ResolvedSearchIndexDefinition
  let ours: StillpointPostgresSearchService
  let stock: PostgresSearchService

  const query = (listing: (typeof LISTINGS)[number]): Query => ({
    index,
    attributes_to_retrieve: ["id", "title", "price", "fill"],
    filters: listing.filters,
    pagination: { skip: listing.skip ?? 0, take: listing.take ?? 20, order: listing.order },
    search_options: FACETS,
  })

  const normalizeFacets = (q: Query) => (q.search_options?.facets ?? []).map((facet) => (typeof facet === "string" ? { field: facet, type: "value" as const } : facet))

  /** Both providers' answers to every listing, the facet table's path checked to have run. */
  async function assertSameAnswers() {
    for (const listing of LISTINGS) {
      statements.length = 0
      const mine = await ours.search(query(listing))
      assert.ok(statements.some((sql) => sql.includes(`${physical}_facets`)), `the facet table answered ${JSON.stringify(listing)}`)
      const theirs = await stock.search(query(listing))
      assert.deepEqual(comparable(mine), comparable(theirs), `different answers for ${JSON.stringify(listing)}`)
    }
  }

  before(async () => {
    assert.ok(process.env.TEST_DATABASE_URL, "TEST_DATABASE_URL is set by `npm test`")
    await client.connect()
    const db = manager(client, statements)
    ours = new StillpointPostgresSearchService({ manager: db, logger } as never, {})
    stock = new PostgresSearchService({ manager: db, logger } as never, {})
    await ours.upsertIndex({ index })
    await ours.upsertDocuments({ index: physical, definition: index, documents: documents(400) } as never)
  })

  after(async () => {
    await ours?.deleteIndex({ index: physical } as never).catch(() => {})
    await client.end()
  })

  it("answers every listing as the stock provider does", async () => {
    await assertSameAnswers()
    const first = await ours.search(query(LISTINGS[2]))
    assert.ok(first.hits.length > 0 && (first.metadata.count ?? 0) > first.hits.length, "the filtered listing has pages")
  })

  it("answers a listing with disjunctive facets in one statement for its counts and facets, as the stock provider does", async () => {
    const filtered = LISTINGS.filter((listing) => listing.filters && !("$or" in listing.filters))
    for (const listing of filtered) {
      const normalized = query(listing)
      const { base, per_facet } = buildDisjunctiveFacetQueries({
        ...normalized,
        search_options: { ...normalized.search_options, facets: normalizeFacets(normalized), disjunctive_facets: true },
      })
      const queries = [base, ...per_facet.values()]
      statements.length = 0
      const mine = await ours.searchMany(queries)
      const onFacetTable = statements.filter((sql) => sql.includes(`${physical}_facets`))
      assert.equal(onFacetTable.length, 2, `one statement for the page, one for every count and facet of ${JSON.stringify(listing)}`)
      const theirs = await stock.searchMany(queries)
      assert.deepEqual(mine.map(comparable), theirs.map(comparable), `different answers for ${JSON.stringify(listing)} with disjunctive facets`)
    }
    assert.ok(filtered.some((listing) => buildDisjunctiveFacetQueries({ ...query(listing), search_options: { facets: normalizeFacets(query(listing)) } }).per_facet.size >= 2), "some listing relaxes two facets")
  })

  it("follows writes: changed, new and deleted documents, then a cleared index", async () => {
    const changed = documents(60, 99).map((document, i) => ({ ...document, id: `doc_${String(i * 7).padStart(4, "0")}` }))
    const added = documents(30, 5).map((document, i) => ({ ...document, id: `new_${i}` }))
    await ours.upsertDocuments({ index: physical, definition: index, documents: [...changed, ...added] } as never)
    await ours.deleteDocuments({ index: physical, filters: { id: { $in: ["doc_0001", "doc_0002", "new_3"] } } } as never)
    await ours.deleteDocuments({ index: physical, filters: { fill: { $contains: ["Foam", "Cotton"] } } } as never)
    await assertSameAnswers()

    await ours.clearIndex({ index: physical } as never)
    const empty = await ours.search(query(LISTINGS[0]))
    assert.equal(empty.metadata.count, 0)
    assert.deepEqual(empty.hits, [])
  })

  it("refuses what the stock provider refuses, with its reason", async () => {
    for (const filters of [{ price: { $gt: "cheap" } }, { fill: { $gt: "Kapok" } }, { unknown_field: 1 }, { fill: {} }] as SearchTypes.SearchFilters[]) {
      const reason = await stock.search(query({ filters })).then(
        () => assert.fail(`the stock provider accepted ${JSON.stringify(filters)}`),
        (error: Error) => error.message
      )
      await assert.rejects(ours.search(query({ filters })), { message: reason })
    }
  })

  it("leaves keyword queries and what it cannot express to the stock provider", async () => {
    await ours.upsertDocuments({ index: physical, definition: index, documents: documents(50) } as never)
    statements.length = 0
    await ours.search({ ...query({ filters: { price: { $gt: 10 } } }), q: "cushion" })
    await ours.search({ ...query({}), search_options: { ...FACETS, distinct: "title" } })
    assert.ok(!statements.some((sql) => sql.includes(`${physical}_facets`)), "the facet table stayed out of keyword and distinct queries")
  })
})
