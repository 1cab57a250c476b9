import assert from "node:assert/strict"
import { test } from "node:test"
import { NO_FILTERS } from "./product-filters"
import { DEFAULT_LISTING, isListingQuery, listingStateToQuery, parseListingState } from "./shop-listing"

test("a listing's filters, order and page round-trip through the query string", () => {
  const state = parseListingState(new URLSearchParams("category=bolsters&colour=Saffron&min=50&max=100&stock=in&sort=price-asc&page=3"))
  assert.deepEqual(state, {
    filters: { categories: ["bolsters"], fills: [], colours: ["Saffron"], minPrice: 50, maxPrice: 100, inStock: true },
    sort: "price-asc",
    page: 3,
  })
  assert.equal(listingStateToQuery(state), "?category=bolsters&colour=Saffron&min=50&max=100&stock=in&sort=price-asc&page=3")
})

test("defaults stay out of the URL, so the unfiltered first page has one address", () => {
  assert.equal(listingStateToQuery(DEFAULT_LISTING), "")
  assert.equal(listingStateToQuery(parseListingState(new URLSearchParams("sort=featured&page=1"))), "")
  assert.deepEqual(DEFAULT_LISTING.filters, NO_FILTERS)
})

test("nonsense in the URL reads as the default, never an error", () => {
  const state = parseListingState(new URLSearchParams("sort=constructor&page=1e300&stock=yes&min=-4"))
  assert.deepEqual(state, DEFAULT_LISTING)
  assert.equal(parseListingState(new URLSearchParams("page=0")).page, 1)
  assert.equal(parseListingState(new URLSearchParams("page=417")).page, 417)
})

test("only a listing's own keys make a view per request; a campaign's tag does not", () => {
  assert.equal(isListingQuery(new URLSearchParams("utm_source=newsletter")), false)
  assert.equal(isListingQuery(new URLSearchParams("page=2")), true)
  assert.equal(isListingQuery(new URLSearchParams("stock=in")), true)
  assert.equal(isListingQuery(new URLSearchParams("")), false)
})
