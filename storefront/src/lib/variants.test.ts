import assert from "node:assert/strict"
import { test } from "node:test"
import type { ProductVariant, StockState } from "./medusa/types"
import { findVariant, imagesForSelection, initialSelection, selectionPath, slugify, valueState } from "./variants"

const v = (id: string, options: Record<string, string>, stock: StockState = { kind: "in_stock" }): ProductVariant => ({
  id,
  title: id,
  sku: id,
  options,
  price: { amount: 10, currency: "usd" },
  stock,
})

// Kapok comes only in Indigo and Charcoal; Kapok/Charcoal is sold out. Options in the page's order.
const product = {
  options: [
    { id: "opt_colour", title: "Colour", values: ["Indigo", "Sage", "Charcoal"] },
    { id: "opt_fill", title: "Fill", values: ["Buckwheat hulls", "Kapok"] },
  ],
  variants: [
    v("buc-ind", { Fill: "Buckwheat hulls", Colour: "Indigo" }),
    v("buc-sag", { Fill: "Buckwheat hulls", Colour: "Sage" }),
    v("kap-ind", { Fill: "Kapok", Colour: "Indigo" }, { kind: "low", left: 1 }),
    v("kap-cha", { Fill: "Kapok", Colour: "Charcoal" }, { kind: "sold_out" }),
  ],
}

test("a combination with no variant is unavailable (its button is disabled)", () => {
  assert.equal(valueState(product, { Fill: "Kapok", Colour: "Indigo" }, "Colour", "Sage"), "unavailable")
  assert.equal(valueState(product, { Fill: "Buckwheat hulls", Colour: "Indigo" }, "Colour", "Charcoal"), "unavailable")
})

test("a combination whose variant has no stock is sold out, others are available", () => {
  assert.equal(valueState(product, { Fill: "Kapok", Colour: "Indigo" }, "Colour", "Charcoal"), "sold_out")
  assert.equal(valueState(product, { Fill: "Kapok", Colour: "Indigo" }, "Colour", "Indigo"), "available")
  assert.equal(valueState(product, { Fill: "Buckwheat hulls", Colour: "Sage" }, "Fill", "Kapok"), "unavailable")
})

test("findVariant matches every option; the first selection skips sold-out variants", () => {
  assert.equal(findVariant(product.variants, { Fill: "Kapok", Colour: "Charcoal" })?.id, "kap-cha")
  assert.equal(findVariant(product.variants, { Fill: "Kapok", Colour: "Sage" }), undefined)
  assert.deepEqual(initialSelection({ ...product, variants: [product.variants[3], product.variants[0]] }), { Fill: "Buckwheat hulls", Colour: "Indigo" })
})

test("a selection reads in an address as one parameter per option, in the page's order", () => {
  assert.equal(slugify("Buckwheat hulls"), "buckwheat-hulls")
  assert.equal(slugify("2.5 kg"), "2-5-kg")
  assert.equal(slugify(" Crème brûlée! "), "creme-brulee")
  assert.equal(selectionPath("/us/products/zafu", product, { Fill: "Buckwheat hulls", Colour: "Sage" }), "/us/products/zafu?colour=sage&fill=buckwheat-hulls")
  assert.equal(selectionPath("/us/products/zafu", product, {}), "/us/products/zafu")
})

test("an address opens on the variant it names, whatever the case or order of its parameters", () => {
  const query = (path: string) => Object.fromEntries(new URL(path, "http://x").searchParams)
  for (const variant of product.variants) {
    assert.deepEqual(initialSelection(product, query(selectionPath("/p", product, variant.options))), variant.options)
  }
  assert.deepEqual(initialSelection(product, { fill: "KAPOK", colour: "Indigo" }), { Fill: "Kapok", Colour: "Indigo" })
  // Sold out is still shown when asked for by name: the visitor sees that it is sold out.
  assert.deepEqual(initialSelection(product, { colour: "charcoal", fill: "kapok" }), { Fill: "Kapok", Colour: "Charcoal" })
  // A repeated parameter counts once, as its first value.
  assert.deepEqual(initialSelection(product, { colour: ["sage", "indigo"] }), { Fill: "Buckwheat hulls", Colour: "Sage" })
})

test("naming some options opens on the first of their variants that can be bought", () => {
  assert.deepEqual(initialSelection(product, { fill: "kapok" }), { Fill: "Kapok", Colour: "Indigo" })
  assert.deepEqual(initialSelection(product, { colour: "charcoal" }), { Fill: "Kapok", Colour: "Charcoal" })
})

test("an address naming nothing this product has opens on its first variant that can be bought", () => {
  const first = { Fill: "Buckwheat hulls", Colour: "Indigo" }
  for (const query of [{}, { colour: "purple" }, { size: "large" }, { colour: "sage", fill: "kapok" }, { colour: "" }, { utm_source: "mail" }]) {
    assert.deepEqual(initialSelection(product, query), first, JSON.stringify(query))
  }
})

test("the gallery shows the chosen colour's pictures, or all when none match", () => {
  const images = [
    { url: "http://x/static/1-classic-round-zafu-indigo-front.webp" },
    { url: "http://x/static/2-classic-round-zafu-sage-front.webp" },
    { url: "http://x/static/3-classic-round-zafu-indigo-above.webp" },
  ]
  assert.deepEqual(imagesForSelection(images, { Colour: "Indigo" }).map((i) => i.url.slice(-17)), ["indigo-front.webp", "indigo-above.webp"])
  assert.equal(imagesForSelection(images, { Colour: "Clay" }).length, 3)
  assert.equal(imagesForSelection(images, { Size: "1 kg" }).length, 3)
})
