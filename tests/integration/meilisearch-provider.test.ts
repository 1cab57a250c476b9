/**
 * Our Meilisearch search provider (backend/src/modules/search-meilisearch) driven the
 * way the Search Module drives it, against the Meilisearch stand-in started here on a
 * free port — or against a real Meilisearch when MEILISEARCH_TEST_HOST is set
 * (MEILISEARCH_TEST_API_KEY for its key), in which case the stand-in is not started.
 * The `meilisearch` client is used unmodified in both cases.
 */
// defineSearchIndex registers on import, into the registry modules-sdk sets up.
import "@medusajs/framework/modules-sdk"
import assert from "node:assert/strict"
import { randomBytes } from "node:crypto"
import { after, before, describe, it } from "node:test"
import type { SearchTypes } from "@medusajs/framework/types"
import { MeilisearchSearchProviderService } from "../../backend/src/modules/search-meilisearch/service"
import { compileFilters } from "../../backend/src/modules/search-meilisearch/filters"
import productIndex, { toProductDocument } from "../../backend/src/search/product"
import postIndex, { journalDocuments } from "../../backend/src/search/post"
import { startMeilisearchStandin } from "../meilisearch-standin/server"

type RawSettings = {
  searchableAttributes: string[]
  filterableAttributes: string[]
  sortableAttributes: string[]
  typoTolerance: { enabled: boolean }
  synonyms: Record<string, string[]>
  stopWords: string[]
}

const realHost = process.env.MEILISEARCH_TEST_HOST
const run = randomBytes(3).toString("hex")

function resolved(definition: SearchTypes.SearchIndexDefinition, name: string): SearchTypes.ResolvedSearchIndexDefinition {
  return { ...definition, primary_key: "id", provider: "meilisearch", settings: definition.settings ?? {}, definition_hash: "test", physical_name: `test_${run}_${name}` }
}

const product = (over: Partial<Parameters<typeof toProductDocument>[0]> & { id: string; title: string; handle: string }, fills: string[], colours: string[], usd: number) =>
  toProductDocument({
    subtitle: null,
    description: null,
    status: "published",
    thumbnail: null,
    created_at: "2026-01-01T00:00:00.000Z",
    categories: [{ name: "Round zafus", handle: "round-zafus" }],
    options: [
      ...(fills.length ? [{ title: "Fill", values: fills.map((value) => ({ value })) }] : []),
      { title: "Colour", values: colours.map((value) => ({ value })) },
    ],
    variants: [{ sku: `${over.handle.toUpperCase()}-1`, prices: [{ amount: usd, currency_code: "usd" }, { amount: usd - 5, currency_code: "eur" }] }],
    sales_channels: [{ id: "sc_1" }],
    ...over,
  })

const PRODUCTS = [
  product({ id: "prod_1", title: "Classic Round Zafu", handle: "classic-round-zafu", description: "A pleated round zafu. Buckwheat hulls shift under you; kapok is softer.", created_at: "2026-01-01T00:00:00.000Z" }, ["Buckwheat hulls", "Kapok"], ["Indigo", "Saffron"], 89),
  product({ id: "prod_2", title: "Buckwheat Hull Refill", handle: "buckwheat-hull-refill", description: "Organic buckwheat hulls, sifted twice.", created_at: "2026-02-01T00:00:00.000Z" }, [], ["Natural"], 24),
  product({ id: "prod_3", title: "Kapok Refill", handle: "kapok-refill", description: "Loose kapok fibre, softer than buckwheat.", created_at: "2026-03-01T00:00:00.000Z" }, [], ["Natural"], 29),
  product({ id: "prod_4", title: "Oak Seiza Bench", handle: "oak-seiza-bench", description: "A kneeling bench in solid oak.", created_at: "2026-04-01T00:00:00.000Z" }, [], ["Oak"], 119),
  product({ id: "prod_5", title: "Crescent Zafu", handle: "crescent-zafu", description: "Half-moon cushion, buckwheat or kapok.", created_at: "2026-05-01T00:00:00.000Z" }, ["Buckwheat hulls", "Kapok"], ["Indigo", "Sage"], 95),
]

describe(`the Meilisearch provider against ${realHost ? `Meilisearch at ${realHost}` : "the Meilisearch stand-in"}`, () => {
  let host = realHost ?? ""
  let apiKey = process.env.MEILISEARCH_TEST_API_KEY
  let stopStandin = async () => {}
  let provider: MeilisearchSearchProviderService
  const products = resolved(productIndex, "product")
  const posts = resolved(postIndex, "post")
  const raw = async <T>(path: string) => (await fetch(`${host}${path}`, { headers: apiKey ? { authorization: `Bearer ${apiKey}` } : {} })).json() as Promise<T>
  const settle = async (task: SearchTypes.SearchTask) => {
    const done = await provider.waitForTask(task, { timeout_ms: 10_000 })
    assert.equal(done.status, "succeeded", JSON.stringify(done))
    return done
  }
  const query = (index: SearchTypes.ResolvedSearchIndexDefinition, over: Partial<SearchTypes.ProviderSearchQuery>): SearchTypes.ProviderSearchQuery => ({
    index,
    attributes_to_retrieve: ["id", "title", "handle", "fill", "price_usd", "created_at"],
    pagination: { skip: 0, take: 20 },
    search_options: {},
    ...over,
  })

  before(async () => {
    if (!realHost) {
      apiKey = "standin-master-key"
      const standin = await startMeilisearchStandin({ apiKey })
      host = standin.url
      stopStandin = standin.stop
    }
    provider = new MeilisearchSearchProviderService({}, { host, apiKey, task_interval_ms: 10 })
  })
  after(async () => {
    for (const index of [products, posts]) await provider.deleteIndex({ index: index.physical_name }).catch(() => {})
    await stopStandin()
  })

  it("creates the index with settings derived from the definition", async () => {
    const task = await provider.upsertIndex({ index: products })
    assert.equal(task.status, "succeeded")
    await provider.upsertIndex({ index: posts })
    const info = await raw<{ primaryKey: string }>(`/indexes/${products.physical_name}`)
    assert.equal(info.primaryKey, "id")
    const settings = await raw<RawSettings>(`/indexes/${products.physical_name}/settings`)
    // heavier fields first: Meilisearch ranks attributes by their order
    assert.deepEqual(settings.searchableAttributes, ["title", "subtitle", "category_names", "fill", "colour", "option_values", "description", "handle", "variant_skus"])
    for (const field of ["id", "status", "sales_channel_ids", "fill", "colour", "category_handles", "price_usd", "price_eur", "created_at", "in_stock"]) {
      assert.ok(settings.filterableAttributes.includes(field), `${field} is not filterable`)
    }
    assert.deepEqual([...settings.sortableAttributes].sort(), ["created_at", "id", "price_eur", "price_usd", "title"])
    assert.equal(settings.typoTolerance.enabled, true)
    // the shop's vocabulary (backend/src/search/synonyms.json, stop-words.json)
    assert.ok(settings.synonyms.stool?.includes("bench"), JSON.stringify(settings.synonyms.stool))
    assert.ok(settings.synonyms.bench?.includes("stool"))
    assert.deepEqual(settings.synonyms.yoga, ["bolster", "bolsters"], "plurals added: Meilisearch does not stem")
    assert.equal(settings.synonyms.bolster, undefined, "one-way synonyms stay one way")
    assert.ok(settings.stopWords.includes("what") && settings.stopWords.includes("for"))
    const postSettings = await raw<RawSettings>(`/indexes/${posts.physical_name}/settings`)
    assert.deepEqual(postSettings.searchableAttributes.slice(0, 4), ["title", "tags", "description", "body"])
  })

  it("compiles filter trees to Meilisearch filter syntax", () => {
    assert.equal(
      compileFilters({ status: "published", fill: { $in: ["Kapok", 'Say "hi"'] }, price_usd: { $gte: 10, $lt: 50 }, $or: [{ colour: "Indigo" }, { colour: "Sage" }], $not: { handle: "x" } }, products),
      'status = "published" AND fill IN ["Kapok", "Say \\"hi\\""] AND (price_usd >= 10 AND price_usd < 50) AND ((colour = "Indigo") OR (colour = "Sage")) AND NOT (handle = "x")'
    )
    assert.equal(compileFilters({ created_at: { $gte: "2026-03-01T00:00:00.000Z" } }, products), `created_at >= ${Date.parse("2026-03-01T00:00:00.000Z")}`)
    assert.equal(compileFilters({ sales_channel_ids: ["sc_1", "sc_2"], thumbnail: null, subtitle: { $exists: false } }, products), 'sales_channel_ids IN ["sc_1", "sc_2"] AND thumbnail IS NULL AND subtitle NOT EXISTS')
    assert.equal(compileFilters({ fill: { $contains: ["Kapok", "Buckwheat hulls"] }, colour: { $nin: ["Oak"] }, status: { $ne: "draft" } }, products), '(fill = "Kapok" AND fill = "Buckwheat hulls") AND colour NOT IN ["Oak"] AND status != "draft"')
    assert.throws(() => compileFilters({ title: { $like: "zaf" } }, products), /no substring filter/)
    assert.throws(() => compileFilters({ title: { $prefix: "zaf" } }, products), /no substring filter/)
  })

  it("upserts documents and tracks their task to completion", async () => {
    const task = await provider.upsertDocuments({ index: products.physical_name, definition: products, documents: PRODUCTS })
    assert.equal(task.status, "enqueued")
    assert.match(task.id ?? "", /^\d+$/)
    await settle(task)
    const journal = await journalDocuments()
    await settle(await provider.upsertDocuments({ index: posts.physical_name, definition: posts, documents: journal }))
    const listed = await provider.listIndexes()
    assert.equal(listed.find((i) => i.name === products.physical_name)?.document_count, PRODUCTS.length)
    assert.equal(listed.find((i) => i.name === posts.physical_name)?.document_count, journal.length)
  })

  it("maps hits, highlights, typo tolerance, facets, sorting and pagination", async () => {
    const [typo, facetsAndSort, page2, postHits] = await provider.searchMany([
      query(products, { q: "buckweat", search_options: { typo_tolerance: true, highlight: { fields: ["title", "description"] } } }),
      query(products, {
        pagination: { skip: 0, take: 10, order: { price_usd: "ASC" } },
        search_options: { count: "exact", facets: [{ field: "fill", type: "value" }, { field: "price_usd", type: "stats" }, { field: "price_usd", type: "range", ranges: [{ key: "low", to: 50 }, { key: "high", from: 50 }] }] },
      }),
      query(products, { pagination: { skip: 2, take: 2, order: { created_at: "DESC" } }, search_options: { count: "exact" } }),
      query(posts, { q: "kapok", attributes_to_retrieve: ["id", "title"], search_options: { typo_tolerance: true, highlight: { fields: ["title", "body"], snippet: { length: 8 } } } }),
    ])
    const ids = typo.hits.map((h) => h.id).sort()
    assert.deepEqual(ids, ["prod_1", "prod_2", "prod_3", "prod_5"])
    const refill = typo.hits.find((h) => h.id === "prod_2")!
    assert.deepEqual(refill.highlights?.title, ["<mark>Buckwheat</mark> Hull Refill"])
    assert.equal(refill.document.title, "Buckwheat Hull Refill")
    assert.equal(refill.document.created_at, "2026-02-01T00:00:00.000Z", "dates come back as ISO strings")
    assert.equal(typo.hits.find((h) => h.id === "prod_3")!.highlights?.title, undefined, "fields without a match have no highlight")

    assert.deepEqual(facetsAndSort.hits.map((h) => h.document.price_usd), [24, 29, 89, 95, 119])
    assert.equal(facetsAndSort.metadata.count, 5)
    assert.deepEqual(facetsAndSort.facets?.fill, { type: "value", values: [{ value: "Buckwheat hulls", count: 2 }, { value: "Kapok", count: 2 }] })
    assert.deepEqual(facetsAndSort.facets?.price_usd, { type: "range", ranges: [{ key: "low", from: undefined, to: 50, count: 2 }, { key: "high", from: 50, to: undefined, count: 3 }] })

    assert.deepEqual(page2.hits.map((h) => h.id), ["prod_3", "prod_2"])
    assert.deepEqual(page2.metadata, { ...page2.metadata, skip: 2, take: 2, count: 5 })

    const fibres = postHits.hits.find((h) => h.id === "buckwheat-vs-kapok")
    assert.ok(fibres, `posts: ${postHits.hits.map((h) => h.id)}`)
    assert.match(fibres.highlights?.title?.[0] ?? "", /<mark>kapok<\/mark>/i)
    assert.ok((fibres.highlights?.body?.[0] ?? "").split(/\s+/).length <= 10, fibres.highlights?.body?.[0])
    assert.equal(fibres.document.body, undefined, "a highlighted field that was not asked for is not returned")
  })

  it("filters with the compiled filters and reports stats facets", async () => {
    const result = await provider.search(
      query(products, {
        filters: { fill: "Kapok", price_usd: { $lt: 100 }, created_at: { $gte: "2026-01-15T00:00:00.000Z" } },
        search_options: { facets: [{ field: "price_usd", type: "stats" }] },
      })
    )
    assert.deepEqual(result.hits.map((h) => h.id), ["prod_5"])
    const stats = result.facets?.price_usd
    assert.equal(stats?.type, "stats")
    if (stats?.type === "stats") assert.deepEqual([stats.min, stats.max], [95, 95])
    await assert.rejects(provider.search(query(products, { filters: { title: "x" } })), /not filterable/)
  })

  it("deletes documents by id and by filter", async () => {
    await settle(await provider.deleteDocuments({ index: products.physical_name, filters: { id: ["prod_4"] } }))
    await settle(await provider.deleteDocuments({ index: products.physical_name, filters: { fill: "Kapok", price_usd: { $gt: 90 } } }))
    const left = await provider.search(query(products, { pagination: { skip: 0, take: 20, order: { price_usd: "ASC" } }, search_options: { count: "exact" } }))
    assert.deepEqual(left.hits.map((h) => h.id), ["prod_2", "prod_3", "prod_1"])
  })

  it("reports a failed task as failed, with Meilisearch's code", async () => {
    const task = await provider.upsertDocuments({ index: products.physical_name, definition: products, documents: [{ id: "not a valid id!", title: "Broken" }] })
    const done = await provider.waitForTask(task, { timeout_ms: 10_000 })
    assert.equal(done.status, "failed")
    assert.equal(done.error?.code, "invalid_document_id")
    assert.match(done.error?.message ?? "", /invalid/i)
    // and nothing of that batch was applied
    const all = await provider.search(query(products, { search_options: { count: "exact" } }))
    assert.equal(all.metadata.count, 3)
  })

  it("reports a missing index as NOT_FOUND, so the module re-resolves the active version", async () => {
    await assert.rejects(provider.search(query({ ...products, physical_name: `test_${run}_missing` }, {})), (error: { type?: string }) => error.type === "not_found")
  })

  it("clears and deletes indexes; deleting a deleted index succeeds", async () => {
    await settle(await provider.clearIndex({ index: products.physical_name }))
    assert.equal((await provider.listIndexes()).find((i) => i.name === products.physical_name)?.document_count, 0)
    assert.equal((await provider.deleteIndex({ index: products.physical_name })).status, "succeeded")
    assert.equal((await provider.deleteIndex({ index: products.physical_name })).status, "succeeded")
    assert.ok(!(await provider.listIndexes()).some((i) => i.name === products.physical_name))
  })
})
