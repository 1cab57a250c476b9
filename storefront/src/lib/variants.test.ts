import assert from "node:assert/strict"
import { test } from "node:test"
import type { ProductVariant, StockState } from "./medusa/types"
import { findVariant, imagesForSelection, initialSelection, valueState } from "./variants"

const v = (id: string, options: Record<string, string>, stock: StockState = { kind: "in_stock" }): ProductVariant => ({
  id,
  title: id,
  sku: id,
  options,
  price: { amount: 10, currency: "usd" },
  stock,
})

// Kapok comes only in Indigo and Charcoal; Kapok/Charcoal is sold out.
const product = {
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
  assert.deepEqual(initialSelection({ variants: [product.variants[3], product.variants[0]] }), { Fill: "Buckwheat hulls", Colour: "Indigo" })
  assert.deepEqual(initialSelection(product, "kap-cha"), { Fill: "Kapok", Colour: "Charcoal" })
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
