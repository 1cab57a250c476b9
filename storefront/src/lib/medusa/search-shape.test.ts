import assert from "node:assert/strict"
import { test } from "node:test"
import type { SearchResult } from "@medusajs/types"
import { spellingSuggestion } from "@stillpoint/shop-contracts"
import { NO_FILTERS } from "../product-filters"
import { parseListingState } from "../shop-listing"
import { listingQuery, matchedWords, postSearchQuery, productSearchQuery, splitHighlight, toHitPage, toPostHit, toProductCard, toProductFacets, toProductHit, toProductSearchFilters } from "./search-shape"

// Trimmed from a real POST /store/search answer for "buckweat" (products, then posts).
const products: SearchResult = {
  hits: [
    {
      id: "prod_1",
      document: {
        id: "prod_1",
        handle: "buckwheat-hull-refill",
        title: "Buckwheat Hull Refill",
        subtitle: "Organic hulls, 2 kg",
        thumbnail: "http://localhost:9000/static/refill.webp",
        price_usd: 24,
        price_eur: 22,
      },
      highlights: { title: ["<mark>Buckwheat</mark> Hull Refill"] },
    },
    {
      id: "prod_2",
      document: { id: "prod_2", handle: "classic-round-zafu", title: "Classic Round Zafu", subtitle: "Pleated cotton", thumbnail: null, price_usd: 89 },
      highlights: { description: ["…filled with <mark>buckwheat</mark> hulls or kapok…"] },
    },
  ],
  facets: {
    fill: { type: "value", values: [{ value: "Buckwheat hulls", count: 6 }, { value: "Kapok", count: 4 }] },
    colour: { type: "value", values: [{ value: "Indigo", count: 3 }] },
    category_handles: { type: "value", values: [{ value: "round-zafus", count: 2 }] },
    price_usd: { type: "stats", min: 24, max: 119, count: 10 },
    price_eur: { type: "stats", min: 22, max: 110, count: 10 },
  },
  metadata: { skip: 0, take: 12, count: 14, query: "buckweat" },
}

const posts: SearchResult = {
  hits: [
    {
      id: "buckwheat-vs-kapok",
      document: {
        slug: "buckwheat-vs-kapok",
        title: "Buckwheat or kapok?",
        description: "Buckwheat hulls are firm and mouldable.",
        published_at: "2026-01-13T00:00:00.000Z",
        author_name: "Theo Marchetti",
      },
      highlights: {
        title: ["<mark>Buckwheat</mark> or kapok?"],
        body: ["…choose a fill: <mark>buckwheat</mark> hulls…"],
      },
    },
    {
      id: "on-posture",
      document: { slug: "on-posture", title: "On posture", description: "Sit tall.", published_at: "2026-02-01T00:00:00.000Z", author_name: "Ana" },
    },
  ],
  metadata: { skip: 0, take: 3, count: null },
}

test("splitHighlight turns <mark> tags into matched runs and keeps everything else as text", () => {
  assert.deepEqual(splitHighlight("Classic <mark>Buckwheat</mark> zafu"), [
    { text: "Classic ", matched: false },
    { text: "Buckwheat", matched: true },
    { text: " zafu", matched: false },
  ])
  assert.deepEqual(splitHighlight("<mark>a</mark><mark>b</mark>"), [{ text: "ab", matched: true }])
  assert.deepEqual(splitHighlight("no match"), [{ text: "no match", matched: false }])
})

test("splitHighlight leaves HTML in a highlight as text, never as markup", () => {
  const parts = splitHighlight(`<script>alert("x")</script> <mark>zafu</mark> <img src=x onerror=alert(1)> &lt;b&gt;`)
  assert.deepEqual(parts, [
    { text: `<script>alert("x")</script> `, matched: false },
    { text: "zafu", matched: true },
    { text: " <img src=x onerror=alert(1)> &lt;b&gt;", matched: false },
  ])
  // Only the exact <mark> pair is markup; look-alikes stay text.
  assert.deepEqual(splitHighlight("<MARK>x</MARK> <mark class=y>z"), [{ text: "<MARK>x</MARK> <mark class=y>z", matched: false }])
})

test("a product hit carries the visitor's region's price and the highlighted title", () => {
  const us = toProductHit(products.hits[0], "us")
  assert.deepEqual(us, {
    id: "prod_1",
    handle: "buckwheat-hull-refill",
    title: [
      { text: "Buckwheat", matched: true },
      { text: " Hull Refill", matched: false },
    ],
    subtitle: "Organic hulls, 2 kg",
    snippet: null,
    thumbnail: "http://localhost:9000/static/refill.webp",
    fromPrice: { amount: 24, currency: "usd" },
  })
  assert.deepEqual(toProductHit(products.hits[0], "eu").fromPrice, { amount: 22, currency: "eur" })
})

test("a product matched outside its title shows the matching passage; a missing price is no price", () => {
  const hit = toProductHit(products.hits[1], "eu")
  assert.deepEqual(hit.title, [{ text: "Classic Round Zafu", matched: false }])
  assert.deepEqual(hit.snippet?.find((part) => part.matched), { text: "buckwheat", matched: true })
  assert.equal(hit.thumbnail, null)
  assert.equal(hit.fromPrice, null, "no price_eur in the document")
})

test("a post hit prefers the highlighted description or body, else the plain description", () => {
  const [matched, plain] = toHitPage(posts, toPostHit).hits
  assert.equal(matched.slug, "buckwheat-vs-kapok")
  assert.deepEqual(matched.title[0], { text: "Buckwheat", matched: true })
  assert.deepEqual(matched.snippet[1], { text: "buckwheat", matched: true })
  assert.equal(matched.authorName, "Theo Marchetti")
  assert.deepEqual(plain.snippet, [{ text: "Sit tall.", matched: false }])
})

test("a product matched only on an option value says which option", () => {
  const hit = toProductHit({ id: "prod_3", document: { handle: "tall-round-zafu", title: "Tall Round Zafu" }, highlights: { fill: ["<mark>Buckwheat</mark> hulls"] } }, "us")
  assert.deepEqual(hit.snippet, [
    { text: "Fill: ", matched: false },
    { text: "Buckwheat", matched: true },
    { text: " hulls", matched: false },
  ])
})

test("totals come from the count, or from what was returned when the engine gave none", () => {
  assert.equal(toHitPage(products, (hit) => toProductHit(hit, "us")).total, 14)
  assert.equal(toHitPage(posts, toPostHit).total, 2)
  assert.deepEqual(toHitPage(undefined, toPostHit), { hits: [], total: 0 })
})

test("facets map to the storefront's names, with the region's price range", () => {
  assert.deepEqual(toProductFacets(products.facets, "us"), {
    categories: [{ value: "round-zafus", count: 2 }],
    fills: [
      { value: "Buckwheat hulls", count: 6 },
      { value: "Kapok", count: 4 },
    ],
    colours: [{ value: "Indigo", count: 3 }],
    price: { min: 24, max: 119 },
  })
  assert.deepEqual(toProductFacets(products.facets, "eu").price, { min: 22, max: 110 })
  assert.deepEqual(toProductFacets(undefined, "us"), { categories: [], fills: [], colours: [], price: null })
  assert.equal(toProductFacets({ price_usd: { type: "stats", min: 0, max: 0, count: 0 } }, "us").price, null)
})

test("filters become the backend's filter tree: values OR within a facet, price as a range on the region's field", () => {
  assert.deepEqual(
    toProductSearchFilters("zafu", { categories: ["round-zafus"], fills: ["Kapok", "Buckwheat hulls"], colours: [], minPrice: 50, maxPrice: null, inStock: false }, "eu"),
    {
      q: "zafu",
      category_handles: { $overlaps: ["round-zafus"] },
      fill: { $overlaps: ["Kapok", "Buckwheat hulls"] },
      price_eur: { $gte: 50 },
    }
  )
  assert.deepEqual(toProductSearchFilters("", NO_FILTERS, "us"), {})
})

test("product queries ask only for the fields shown, with typo tolerance and the region's price", () => {
  const query = productSearchQuery("buckweat", NO_FILTERS, "us", { skip: 12, take: 12 }, true)
  assert.deepEqual(query.fields, ["id", "handle", "title", "subtitle", "thumbnail", "price_usd"])
  assert.equal(query.search_options?.typo_tolerance, true)
  assert.deepEqual(query.pagination, { skip: 12, take: 12 })
  assert.ok(query.search_options?.facets?.some((facet) => typeof facet === "object" && facet.field === "price_usd" && facet.type === "stats"))
  assert.equal(productSearchQuery("x", NO_FILTERS, "us", { skip: 0, take: 5 }, false).search_options?.facets, undefined)
})

test("product queries match gracefully: any word, ranked by how many match", () => {
  assert.equal(productSearchQuery("meditation cushion", NO_FILTERS, "us", { skip: 0, take: 12 }, false).search_options?.match_strategy, "any")
  assert.equal(postSearchQuery("bad back", { skip: 0, take: 4 }).search_options?.match_strategy, "any")
})

test("did you mean: the misspelt words as the search found them, from the highlights", () => {
  const hits = [
    { title: [{ text: "Oak Seiza ", matched: false }, { text: "Bench", matched: true }], snippet: null },
    { title: [{ text: "Folding Walnut ", matched: false }, { text: "Bench", matched: true }], snippet: [{ text: "seiza", matched: true }] },
  ]
  assert.deepEqual(matchedWords(hits), ["Bench", "Bench", "seiza"])
  assert.equal(spellingSuggestion("seiza bnech", matchedWords(hits)), "seiza bench")
  assert.equal(spellingSuggestion("seiza bench", matchedWords(hits)), null, "nothing to correct")
  assert.equal(spellingSuggestion("stool", ["Bench"]), null, "a synonym is not a spelling")
  assert.equal(spellingSuggestion("zafo", ["zafu"]), null, "a 4-letter word is never corrected, as search never corrects it")
  assert.equal(spellingSuggestion("seiza be", ["bench"]), null, "a word being typed is a prefix, not a typo")
  assert.equal(spellingSuggestion("buckweat", []), null)
})

test("a listing tile comes from the index alone: region's price, 'From' when variants differ, sold out", () => {
  const hit = { id: "prod_3", document: { id: "prod_3", handle: "crescent-zafu", title: "Crescent Zafu", subtitle: "", thumbnail: null, price_eur: 95, in_stock: false, price_varies: true } }
  assert.deepEqual(toProductCard(hit, "eu"), {
    id: "prod_3",
    handle: "crescent-zafu",
    title: "Crescent Zafu",
    subtitle: "",
    thumbnail: null,
    fromPrice: { amount: 95, currency: "eur" },
    priceVaries: true,
    soldOut: true,
  })
  assert.equal(toProductCard(hit, "us").fromPrice, null)
})

test("a listing page: its window of 24, its order ending on the id, the category fixed on a category page", () => {
  const state = parseListingState(new URLSearchParams("fill=Kapok&stock=in&sort=price-desc&page=3&category=bolsters"))
  const shop = listingQuery(state, "us", null)
  assert.deepEqual(shop.pagination, { skip: 48, take: 24, order: { price_usd: "DESC", id: "ASC" } })
  assert.deepEqual(shop.filters, { category_handles: { $overlaps: ["bolsters"] }, fill: { $overlaps: ["Kapok"] }, in_stock: true })
  assert.ok(shop.search_options?.facets?.includes("category_handles"))
  const category = listingQuery(state, "us", "round-zafus")
  // The URL's category is ignored on a category page, and no category facet is asked for.
  assert.deepEqual(category.filters?.category_handles, { $overlaps: ["round-zafus"] })
  assert.ok(!category.search_options?.facets?.includes("category_handles"))
  assert.equal(category.filters?.q, undefined)
})
