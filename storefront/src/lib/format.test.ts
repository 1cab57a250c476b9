import assert from "node:assert/strict"
import { test } from "node:test"
import { formatDate, formatMoney, formatWeight } from "./format"

test("euros are shown symbol first with a decimal point, dollars as en-US", () => {
  assert.equal(formatMoney({ amount: 84, currency: "eur" }), "€84.00")
  assert.equal(formatMoney({ amount: 89, currency: "usd" }), "$89.00")
  assert.equal(formatMoney({ amount: 1234.5, currency: "EUR" }), "€1,234.50")
  assert.equal(formatMoney({ amount: 179.928, currency: "eur" }), "€179.93")
  assert.equal(formatMoney({ amount: 0, currency: "usd" }), "$0.00")
})

test("weights switch to kilograms from 1000 g", () => {
  assert.equal(formatWeight(900), "900 g")
  assert.equal(formatWeight(2300), "2.3 kg")
  assert.equal(formatWeight(1000), "1 kg")
})

test("dates read day, month name, year", () => {
  assert.equal(formatDate("2026-03-05T10:00:00Z"), "5 March 2026")
  assert.equal(formatDate("2025-12-24"), "24 December 2025")
})
