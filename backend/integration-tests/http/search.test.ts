/**
 * POST /store/search against the running test shop: the real Search Module with our
 * Postgres provider, indexes seeded at boot from the freshly seeded database and from
 * content/posts, product changes reaching the index through the module's events.
 */
import assert from "node:assert/strict"
import { randomBytes } from "node:crypto"
import { readdirSync, readFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { before, describe, it } from "node:test"
import matter from "gray-matter"
import { addresses, adminClient, placeOrder, publishedProductWithStock, rawStore, storeClient } from "../../../tests/support/shop-clients"

type Hit = { id: string; document: Record<string, unknown>; highlights?: Record<string, string[]>; score?: number }
type Facet =
  | { type: "value"; values: { value: string; count: number }[] }
  | { type: "range"; ranges: { key: string; count: number }[] }
  | { type: "stats"; min: number; max: number; count: number }
type Result = { hits: Hit[]; facets?: Record<string, Facet>; metadata: { skip: number; take: number; count: number | null } }

async function search(body: unknown): Promise<Result[]> {
  const { status, body: answer } = await rawStore("/store/search", { method: "POST", body: JSON.stringify(body) })
  assert.equal(status, 200, `POST /store/search answered ${status}: ${JSON.stringify(answer)}`)
  return (answer as { results: Result[] }).results
}
const one = async (query: Record<string, unknown>) => (await search(query))[0]

/** Polls until `check` passes (it throws until then); fails with the last error after `ms`. */
async function eventually<T>(ms: number, check: () => Promise<T>): Promise<{ value: T; elapsed: number }> {
  const started = Date.now()
  let last: unknown
  while (Date.now() - started < ms) {
    try {
      return { value: await check(), elapsed: Date.now() - started }
    } catch (error) {
      last = error
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw last
}

/** What content/posts says should be public, read independently of the backend's loader. */
function expectedPostSlugs(now = new Date()) {
  const dir = resolve(__dirname, "../../../content/posts")
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .map((f) => matter(readFileSync(join(dir, f), "utf8")).data)
    .filter((data) => data.draft !== true && new Date(data.published).getTime() <= now.getTime())
    .map((data) => String(data.slug))
    .sort()
}

describe("POST /store/search (Postgres provider)", () => {
  const sdk = storeClient()
  let publishedCount = 0

  before(async () => {
    publishedCount = (await sdk.store.product.list({ limit: 1, fields: "id" })).count
    // The Search Module seeds empty indexes in the background once the backend is up.
    await eventually(90_000, async () => {
      const [products, posts] = await search({
        queries: [
          { entity: "product", pagination: { take: 0 }, search_options: { count: "exact" } },
          { entity: "post", pagination: { take: 0 }, search_options: { count: "exact" } },
        ],
      })
      assert.equal(products.metadata.count, publishedCount)
      assert.ok((posts.metadata.count ?? 0) > 0)
    })
  })

  it("seeds both indexes from a fresh database: every published product and every public post", async () => {
    assert.ok(publishedCount >= 24, `only ${publishedCount} published products`)
    const [products, posts] = await search({
      queries: [
        { entity: "product", fields: ["id", "handle"], pagination: { take: 100 } },
        { entity: "post", fields: ["id", "slug"], pagination: { take: 100 } },
      ],
    })
    assert.equal(products.metadata.count, publishedCount)
    assert.equal(products.hits.length, publishedCount)
    const { products: listed } = await sdk.store.product.list({ limit: 100, fields: "handle" })
    assert.deepEqual(products.hits.map((h) => h.document.handle).sort(), listed.map((p) => p.handle).sort())
    assert.deepEqual(posts.hits.map((h) => h.document.slug).sort(), expectedPostSlugs())
  })

  it("answers a multi-query for products and posts, with highlights", async () => {
    const [products, posts] = await search({
      queries: [
        {
          entity: "product",
          fields: ["id", "title", "handle", "thumbnail", "price_usd"],
          filters: { q: "buckwheat" },
          search_options: { highlight: { fields: ["title", "description", "fill"] } },
        },
        {
          entity: "post",
          fields: ["id", "slug", "title", "description"],
          filters: { q: "buckwheat" },
          search_options: { highlight: { fields: ["title", "body"], snippet: { length: 12 } } },
        },
      ],
    })
    assert.ok(products.hits.length >= 2, `${products.hits.length} products for "buckwheat"`)
    assert.ok(products.hits.some((h) => h.document.handle === "buckwheat-hull-refill"))
    for (const hit of products.hits) {
      assert.deepEqual(Object.keys(hit.document).sort(), ["handle", "id", "price_usd", "thumbnail", "title"])
      const marked = Object.values(hit.highlights ?? {}).flat()
      assert.ok(marked.some((f) => /<mark>buckwheat<\/mark>/i.test(f)), `no highlight on ${hit.document.handle}: ${JSON.stringify(hit.highlights)}`)
    }
    const post = posts.hits.find((h) => h.document.slug === "buckwheat-vs-kapok")
    assert.ok(post, `the buckwheat post is missing: ${posts.hits.map((h) => h.document.slug)}`)
    assert.match(post.highlights?.title?.[0] ?? "", /^<mark>Buckwheat<\/mark> or kapok\?/)
    const snippet = post.highlights?.body?.[0] ?? ""
    assert.match(snippet, /<mark>buckwheat<\/mark>/i)
    assert.ok(snippet.split(/\s+/).length <= 14, `snippet not cropped: ${snippet}`)
    assert.equal(post.document.body, undefined, "body was not requested, so it must not be returned")
  })

  it('finds buckwheat products and posts for "buckweat" with typo_tolerance, and nothing without it', async () => {
    const [products, posts] = await search({
      queries: [
        { entity: "product", fields: ["handle"], filters: { q: "buckweat" }, search_options: { typo_tolerance: true, highlight: true } },
        { entity: "post", fields: ["slug"], filters: { q: "buckweat" }, search_options: { typo_tolerance: true } },
      ],
    })
    const handles = products.hits.map((h) => h.document.handle)
    assert.ok(handles.includes("buckwheat-hull-refill"), `got ${handles}`)
    assert.ok(handles.includes("classic-round-zafu"), `got ${handles}`)
    // pg_trgm word similarity is loose (a product may match on an unrelated word such as
    // "buckle"), so only the buckwheat products are checked for the corrected highlight.
    for (const handle of ["buckwheat-hull-refill", "classic-round-zafu", "round-bolster"]) {
      const hit = products.hits.find((h) => h.document.handle === handle)
      assert.ok(hit, `${handle} missing`)
      assert.ok(Object.values(hit.highlights ?? {}).flat().some((f) => /<mark>buckwheat<\/mark>/i.test(f)), `${handle}: ${JSON.stringify(hit.highlights)}`)
    }
    assert.ok(posts.hits.some((h) => h.document.slug === "buckwheat-vs-kapok"), `got ${posts.hits.map((h) => h.document.slug)}`)

    const strict = await search({
      queries: [
        { entity: "product", filters: { q: "buckweat" } },
        { entity: "post", filters: { q: "buckweat" } },
      ],
    })
    assert.equal(strict[0].hits.length, 0)
    assert.equal(strict[1].hits.length, 0)
  })

  it("forgives typos per word as Meilisearch does: none up to 4 letters, one from 5, a swap counting as one", async () => {
    const handles = async (q: string) =>
      (await one({ entity: "product", fields: ["handle"], filters: { q }, search_options: { typo_tolerance: true, match_strategy: "all" }, pagination: { take: 50 } })).hits.map((h) => h.document.handle)
    assert.ok((await handles("seiza bnech")).includes("oak-seiza-bench"), "bnech is bench with two letters swapped")
    assert.ok((await handles("kapock refil")).includes("kapok-refill"))
    assert.deepEqual(await handles("zafo"), [], "a 4-letter word is matched as typed")
  })

  it("ranks documents with every word first, then fewer, with the shop's synonyms", async () => {
    const ranked = async (q: string) =>
      (await one({ entity: "product", fields: ["handle"], filters: { q }, search_options: { typo_tolerance: true, match_strategy: "any" }, pagination: { take: 5 } })).hits.map((h) => h.document.handle)
    assert.equal((await ranked("meditation stool"))[0]?.toString().includes("bench"), true, "stool is a bench")
    assert.equal((await ranked("prayer beads"))[0], "wooden-mala")
    assert.equal((await ranked("cushion and mat set"))[0], "zafu-zabuton-set")
  })

  it("never finds the draft product or the draft post", async () => {
    const [byTitle, byHandle, asked, posts, postById] = await search({
      queries: [
        { entity: "product", fields: ["handle"], filters: { q: "festival" }, search_options: { typo_tolerance: true } },
        { entity: "product", fields: ["handle"], filters: { handle: "indigo-festival-zafu" } },
        { entity: "product", fields: ["handle"], filters: { status: "draft" } },
        { entity: "post", fields: ["slug"], filters: { q: "winter sitting notes" }, search_options: { match_strategy: "any", typo_tolerance: true }, pagination: { take: 100 } },
        { entity: "post", fields: ["slug"], filters: { slug: "winter-sitting-notes" } },
      ],
    })
    assert.ok(!byTitle.hits.some((h) => h.document.handle === "indigo-festival-zafu"))
    assert.equal(byHandle.hits.length, 0)
    assert.equal(asked.hits.length, 0, "a client filter cannot widen past published products")
    assert.ok(posts.hits.length > 0, "the query should find other posts")
    assert.ok(!posts.hits.some((h) => h.document.slug === "winter-sitting-notes"))
    assert.equal(postById.hits.length, 0)
  })

  it("computes facets, filters on them and sorts by price", async () => {
    const result = await one({
      entity: "product",
      fields: ["handle", "fill", "price_usd"],
      pagination: { take: 100, order: { price_usd: "ASC" } },
      search_options: {
        facets: ["fill", "colour", { field: "price_usd", type: "stats" }, { field: "price_usd", type: "range", ranges: [{ key: "under-50", to: 50 }, { key: "50-up", from: 50 }] }],
      },
    })
    const fill = result.facets?.fill
    assert.equal(fill?.type, "value")
    const fillValues = Object.fromEntries(fill.type === "value" ? fill.values.map((v) => [v.value, v.count]) : [])
    const fills = (h: Hit): unknown[] => (Array.isArray(h.document.fill) ? h.document.fill : [])
    const withKapok = result.hits.filter((h) => fills(h).includes("Kapok")).length
    assert.equal(fillValues.Kapok, withKapok)
    assert.ok(fillValues["Buckwheat hulls"] > 0)
    const stats = result.facets?.price_usd
    assert.ok(stats, "no price facet")
    const prices = result.hits.map((h) => h.document.price_usd).filter((p) => typeof p === "number")
    assert.deepEqual(prices, [...prices].sort((a, b) => a - b), "not sorted by price")

    const kapok = await one({ entity: "product", fields: ["fill"], filters: { fill: "Kapok" }, pagination: { take: 100 } })
    assert.equal(kapok.hits.length, withKapok)
    assert.ok(kapok.hits.every((h) => fills(h).includes("Kapok")))
  })

  it("refuses an over-long query with a 400 and the reason, before searching", async () => {
    const long = await rawStore("/store/search", { method: "POST", body: JSON.stringify({ entity: "product", filters: { q: "zafu ".repeat(2000) } }) })
    assert.equal(long.status, 400)
    assert.match(JSON.stringify(long.body), /at most 100 characters/)
    const wordy = await rawStore("/store/search", {
      method: "POST",
      body: JSON.stringify({ queries: [{ entity: "post", filters: { q: "calm" } }, { entity: "product", filters: { q: Array(30).fill("a").join(",") } }] }),
    })
    assert.equal(wordy.status, 400)
    assert.match(JSON.stringify(wordy.body), /queries\[1\]\.filters\.q: a search query is at most 20 words/)
    const notText = await rawStore("/store/search", { method: "POST", body: JSON.stringify({ entity: "product", filters: { q: { $ne: 1 } } }) })
    assert.equal(notText.status, 400)
    const question = await one({ entity: "product", fields: ["handle"], filters: { q: "what cushion for a bad back" }, search_options: { match_strategy: "any" } })
    assert.ok(question.hits.length > 0, "a question within the limits is searched")
  })

  it("refuses indexes that are not opted in and fields the index does not hold", async () => {
    const missing = await rawStore("/store/search", { method: "POST", body: JSON.stringify({ entity: "customer", filters: { q: "a" } }) })
    assert.equal(missing.status, 404)
    const badField = await rawStore("/store/search", { method: "POST", body: JSON.stringify({ entity: "product", filters: { nope: "x" } }) })
    assert.equal(badField.status, 400)
  })

  it("indexes product create, title edit, unpublish and delete from the admin within seconds", async () => {
    const admin = await adminClient()
    const { sales_channels } = await admin.admin.salesChannel.list({ limit: 10 })
    const word = () => `zq${randomBytes(4).toString("hex")}`
    const first = word()
    const second = word()
    // Title only: the handle Medusa derives from the first title keeps the first word.
    const titleHits = async (term: string) =>
      (await one({ entity: "product", fields: ["id", "title"], filters: { q: term }, search_options: { attributes_to_search_on: ["title"] } })).hits

    const { product } = await admin.admin.product.create({
      title: `Search Test Cushion ${first}`,
      status: "published",
      sales_channels: sales_channels.map((sc) => ({ id: sc.id })),
      options: [{ title: "Size", values: ["One"] }],
      variants: [{ title: "One", sku: `SEARCH-${first}`, options: { Size: "One" }, manage_inventory: false, prices: [{ amount: 10, currency_code: "usd" }] }],
    })
    try {
      const created = await eventually(5_000, async () => {
        const hits = await titleHits(first)
        assert.deepEqual(hits.map((h) => h.id), [product.id])
      })

      await admin.admin.product.update(product.id, { title: `Search Test Cushion ${second}` })
      const edited = await eventually(5_000, async () => {
        assert.deepEqual((await titleHits(second)).map((h) => h.id), [product.id])
        assert.equal((await titleHits(first)).length, 0)
      })
      console.log(`  search latency: created ${created.elapsed} ms, title edit ${edited.elapsed} ms after the admin call returned`)
      assert.ok(edited.elapsed < 2_000, `the edited title took ${edited.elapsed} ms to become searchable`)

      await admin.admin.product.update(product.id, { status: "draft" })
      await eventually(5_000, async () => assert.equal((await titleHits(second)).length, 0))
      await admin.admin.product.update(product.id, { status: "published" })
      await eventually(5_000, async () => assert.equal((await titleHits(second)).length, 1))
    } finally {
      await admin.admin.product.delete(product.id)
    }
    await eventually(5_000, async () => assert.equal((await titleHits(second)).length, 0))
  })

  it("keeps a product's stock in the index: sold out when its last unit is ordered, in stock again when restocked", async () => {
    const admin = await adminClient()
    const product = await publishedProductWithStock(admin, { title: "Index Stock Test Cushion", stock: 1, prices: { usd: 40, eur: 38 } })
    const inStock = async () => (await one({ entity: "product", fields: ["id", "in_stock"], filters: { id: product.productId } })).hits[0]?.document.in_stock
    let orderId: string | undefined
    try {
      // Listings filter "in stock" and mark tiles sold out from this field alone.
      await eventually(5_000, async () => assert.equal(await inStock(), true))
      ;({ order: { id: orderId } } = await placeOrder(sdk, { currency: "usd", items: { [product.sku]: 1 }, address: addresses.newYork, shipping: "Standard shipping" }))
      await eventually(5_000, async () => assert.equal(await inStock(), false))
      // Cancelling the order gives its unit back.
      await admin.admin.order.cancel(orderId)
      orderId = undefined
      await eventually(5_000, async () => assert.equal(await inStock(), true))
      // The owner counts the shelf and finds none left; then restocks.
      await admin.admin.inventoryItem.updateLevel(product.inventoryItemId, product.locationId, { stocked_quantity: 0 })
      await eventually(5_000, async () => assert.equal(await inStock(), false))
      await admin.admin.inventoryItem.updateLevel(product.inventoryItemId, product.locationId, { stocked_quantity: 4 })
      await eventually(5_000, async () => assert.equal(await inStock(), true))
    } finally {
      if (orderId) await admin.admin.order.cancel(orderId)
      await admin.admin.product.delete(product.productId)
    }
  })
})
