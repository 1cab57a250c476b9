import assert from "node:assert/strict"
import { test } from "node:test"
import { activeFilterCount } from "./product-filters"
import { MAX_QUERY_LENGTH, parseSearchState, searchStateToQuery, toURLSearchParams, type SearchState } from "./search-query"

const parse = (query: string) => parseSearchState(new URLSearchParams(query))

test("a results page URL round-trips through its state", () => {
  const url = "?q=zafu&category=round-zafus&fill=Kapok&fill=Buckwheat+hulls&colour=Indigo&min=50&max=150&page=2&posts_page=3"
  const state = parse(url)
  assert.deepEqual(state, {
    q: "zafu",
    filters: { categories: ["round-zafus"], fills: ["Kapok", "Buckwheat hulls"], colours: ["Indigo"], minPrice: 50, maxPrice: 150, inStock: false },
    page: 2,
    postsPage: 3,
  } satisfies SearchState)
  assert.equal(searchStateToQuery(state), url)
  assert.deepEqual(parse(searchStateToQuery(state)), state)
  assert.equal(activeFilterCount(state.filters), 6)
})

test("defaults stay out of the URL", () => {
  const state = parse("q=zafu&page=1&posts_page=1&min=&max=")
  assert.equal(searchStateToQuery(state), "?q=zafu")
  assert.equal(searchStateToQuery(parse("")), "")
})

test("junk in the URL falls back to defaults", () => {
  const state = parse("q=%20%20zafu%20&page=-3&posts_page=1.5&min=abc&max=-1&fill=&fill=Kapok&fill=Kapok")
  assert.equal(state.q, "zafu")
  assert.equal(state.page, 1)
  assert.equal(state.postsPage, 1)
  assert.equal(state.filters.minPrice, null)
  assert.equal(state.filters.maxPrice, null)
  assert.deepEqual(state.filters.fills, ["Kapok"])
})

test("over-long queries are cut to the limit", () => {
  assert.equal(parse(`q=${"a".repeat(300)}`).q.length, MAX_QUERY_LENGTH)
  assert.equal(parse("q=zafu&page=1e300").page, 1, "a page number in exponent notation is page 1")
  assert.equal(parse("q=zafu&page=12").page, 12)
  assert.equal(parse("q=a%00b").q, "a b", "control characters are taken out")
  const many = Array.from({ length: 40 }, () => "a").join(",")
  assert.equal(parse(`q=${encodeURIComponent(many)}`).q.split(" ").length, 20, "cut to the backend's word limit, not refused")
})

test("Next.js searchParams records become URLSearchParams, repeated keys kept", () => {
  const params = toURLSearchParams({ q: "zafu", fill: ["Kapok", "Buckwheat hulls"], page: undefined })
  assert.equal(params.toString(), "q=zafu&fill=Kapok&fill=Buckwheat+hulls")
  assert.deepEqual(parseSearchState(params).filters.fills, ["Kapok", "Buckwheat hulls"])
})
