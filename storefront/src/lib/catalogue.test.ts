import assert from "node:assert/strict"
import { test } from "node:test"
import { applyShopView, parseShopView, shopViewToQuery, type Sort } from "./catalogue"
import type { ProductSummary } from "./medusa/types"
import { NO_FILTERS, type ProductFilters } from "./product-filters"

const p = (handle: string, price: number, category: string, options: Record<string, string[]>, createdAt: string): ProductSummary => ({
  id: handle,
  handle,
  title: handle,
  subtitle: "",
  thumbnail: null,
  categoryHandles: [category],
  fromPrice: { amount: price, currency: "usd" },
  priceVaries: false,
  optionValues: options,
  createdAt,
  soldOut: false,
})

const products = [
  p("zafu", 89, "round-zafus", { Fill: ["Buckwheat hulls", "Kapok"], Colour: ["Indigo", "Sage"] }, "2026-01-01"),
  p("bench", 129, "meditation-benches", { Height: ["Standard"] }, "2026-01-03"),
  p("bolster", 72, "bolsters", { Colour: ["Saffron"] }, "2026-01-02"),
]

test("filters round-trip through the query string", () => {
  const view = parseShopView(new URLSearchParams("category=bolsters&colour=Saffron&min=50&max=100&sort=price-asc"))
  assert.deepEqual(view, { filters: { categories: ["bolsters"], fills: [], colours: ["Saffron"], minPrice: 50, maxPrice: 100 }, sort: "price-asc" })
  assert.equal(shopViewToQuery(view), "?category=bolsters&colour=Saffron&min=50&max=100&sort=price-asc")
  assert.equal(parseShopView(new URLSearchParams("sort=bogus&min=-3")).sort, "featured")
  assert.equal(parseShopView(new URLSearchParams("min=-3")).filters.minPrice, null)
})

test("filtering by fill, colour, category and price; sorting by price and newest", () => {
  const shown = (filters: Partial<ProductFilters>, sort: Sort = "featured") =>
    applyShopView([...products], { filters: { ...NO_FILTERS, ...filters }, sort }).map((x) => x.handle)
  assert.deepEqual(shown({ fills: ["Kapok"] }), ["zafu"])
  assert.deepEqual(shown({ colours: ["Saffron", "Sage"] }), ["zafu", "bolster"])
  assert.deepEqual(shown({ categories: ["meditation-benches"] }), ["bench"])
  assert.deepEqual(shown({ minPrice: 80, maxPrice: 100 }), ["zafu"])
  assert.deepEqual(shown({}, "price-asc"), ["bolster", "zafu", "bench"])
  assert.deepEqual(shown({}, "price-desc"), ["bench", "zafu", "bolster"])
  assert.deepEqual(shown({}, "newest"), ["bench", "bolster", "zafu"])
})
