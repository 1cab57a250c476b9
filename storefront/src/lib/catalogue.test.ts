import assert from "node:assert/strict"
import { test } from "node:test"
import { applyFilters, filtersToQuery, parseFilters } from "./catalogue"
import type { ProductSummary } from "./medusa/types"

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
  const filters = parseFilters(new URLSearchParams("category=bolsters&colour=Saffron&min=50&max=100&sort=price-asc"))
  assert.deepEqual(filters, { categories: ["bolsters"], fills: [], colours: ["Saffron"], minPrice: 50, maxPrice: 100, sort: "price-asc" })
  assert.equal(filtersToQuery(filters), "?category=bolsters&colour=Saffron&min=50&max=100&sort=price-asc")
  assert.equal(parseFilters(new URLSearchParams("sort=bogus&min=-3")).sort, "featured")
  assert.equal(parseFilters(new URLSearchParams("min=-3")).minPrice, null)
})

test("filtering by fill, colour, category and price; sorting by price and newest", () => {
  const all = parseFilters(new URLSearchParams(""))
  assert.deepEqual(applyFilters([...products], { ...all, fills: ["Kapok"] }).map((x) => x.handle), ["zafu"])
  assert.deepEqual(applyFilters([...products], { ...all, colours: ["Saffron", "Sage"] }).map((x) => x.handle), ["zafu", "bolster"])
  assert.deepEqual(applyFilters([...products], { ...all, categories: ["meditation-benches"] }).map((x) => x.handle), ["bench"])
  assert.deepEqual(applyFilters([...products], { ...all, minPrice: 80, maxPrice: 100 }).map((x) => x.handle), ["zafu"])
  assert.deepEqual(applyFilters([...products], { ...all, sort: "price-asc" }).map((x) => x.handle), ["bolster", "zafu", "bench"])
  assert.deepEqual(applyFilters([...products], { ...all, sort: "price-desc" }).map((x) => x.handle), ["bench", "zafu", "bolster"])
  assert.deepEqual(applyFilters([...products], { ...all, sort: "newest" }).map((x) => x.handle), ["bench", "bolster", "zafu"])
})
