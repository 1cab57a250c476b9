import assert from "node:assert/strict"
import { test } from "node:test"
import type { HttpTypes } from "@medusajs/types"
import { stockLabel, stockState, toCart, toCartSummary, toLineItem, toProduct, toTotals } from "./shape"

const variant = (sku: string, fill: string, colour: string, amount: number, stock: number) => ({
  id: `variant_${sku}`,
  title: `${fill} / ${colour}`,
  sku,
  manage_inventory: true,
  allow_backorder: false,
  inventory_quantity: stock,
  options: [
    { id: `v_${sku}_f`, value: fill, option_id: "opt_fill" },
    { id: `v_${sku}_c`, value: colour, option_id: "opt_colour" },
  ],
  calculated_price: { calculated_amount: amount, currency_code: "eur" },
})

// The shape of a Store API product as the storefront requests it (only the fields it asks for).
const product = {
  id: "prod_1",
  handle: "classic-round-zafu",
  title: "Classic Round Zafu",
  subtitle: "Pleated cotton",
  description: "Our everyday cushion.",
  thumbnail: "http://localhost:9000/static/a.webp",
  material: "Cotton twill",
  weight: 2300,
  length: 36,
  width: 36,
  height: 15,
  metadata: { care: "Wash at 30 °C." },
  created_at: "2026-01-01T00:00:00.000Z",
  categories: [{ id: "pcat_1", handle: "round-zafus", name: "Round zafus" }],
  images: [{ id: "img_1", url: "http://localhost:9000/static/a.webp" }],
  options: [
    { id: "opt_fill", title: "Fill", values: [{ id: "ov1", value: "Buckwheat hulls" }, { id: "ov2", value: "Kapok" }] },
    { id: "opt_colour", title: "Colour", values: [{ id: "ov3", value: "Indigo", rank: 0 }, { id: "ov4", value: "Charcoal", rank: 1 }] },
  ],
  variants: [
    variant("ZAF-RND-BUC-IND", "Buckwheat hulls", "Indigo", 84, 40),
    variant("ZAF-RND-KAP-CHA", "Kapok", "Charcoal", 93, 0),
    variant("ZAF-RND-KAP-IND", "Kapok", "Indigo", 93, 1),
  ],
} as unknown as HttpTypes.StoreProduct

test("stock: none without backorder is sold out, one is 'only 1 left', untracked is in stock", () => {
  assert.deepEqual(stockState({ manage_inventory: true, allow_backorder: false, inventory_quantity: 0 }), { kind: "sold_out" })
  assert.deepEqual(stockState({ manage_inventory: true, allow_backorder: false, inventory_quantity: 1 }), { kind: "low", left: 1 })
  assert.deepEqual(stockState({ manage_inventory: true, allow_backorder: false, inventory_quantity: 40 }), { kind: "in_stock" })
  assert.deepEqual(stockState({ manage_inventory: true, allow_backorder: true, inventory_quantity: 0 }), { kind: "in_stock" })
  assert.deepEqual(stockState({ manage_inventory: false, inventory_quantity: 0 }), { kind: "in_stock" })
  assert.equal(stockLabel({ kind: "low", left: 1 }), "Only 1 left")
  assert.equal(stockLabel({ kind: "sold_out" }), "Sold out")
})

test("a product is reshaped with named options, prices, stock, dimensions and care", () => {
  const p = toProduct(product)
  assert.equal(p.handle, "classic-round-zafu")
  assert.deepEqual(p.categoryHandles, ["round-zafus"])
  assert.deepEqual(p.variants[1].options, { Fill: "Kapok", Colour: "Charcoal" })
  assert.deepEqual(p.variants[1].stock, { kind: "sold_out" })
  assert.deepEqual(p.variants[2].stock, { kind: "low", left: 1 })
  assert.deepEqual(p.fromPrice, { amount: 84, currency: "eur" })
  assert.equal(p.priceVaries, true)
  assert.deepEqual(p.dimensionsCm, { length: 36, width: 36, height: 15 })
  assert.equal(p.weightGrams, 2300)
  assert.equal(p.care, "Wash at 30 °C.")
  assert.deepEqual(p.optionValues, { Fill: ["Buckwheat hulls", "Kapok"], Colour: ["Indigo", "Charcoal"] })
  assert.equal(p.soldOut, false)
  assert.equal(p.images[0].alt, "Classic Round Zafu, picture 1")
})

test("options and values keep one order however Medusa returns them: values by rank, options by title", () => {
  const shuffled = {
    ...product,
    options: [
      { id: "opt_fill", title: "Fill", values: [{ id: "ov2", value: "Kapok", rank: 1 }, { id: "ov1", value: "Buckwheat hulls", rank: 0 }] },
      // Unranked values (made before ranks existed) come after ranked ones, alphabetically.
      { id: "opt_colour", title: "Colour", values: [{ id: "ov5", value: "Sage" }, { id: "ov4", value: "Charcoal", rank: 1 }, { id: "ov3", value: "Indigo", rank: 0 }] },
    ],
  } as unknown as HttpTypes.StoreProduct
  const p = toProduct(shuffled)
  assert.deepEqual(
    p.options.map((o) => [o.title, o.values]),
    [
      ["Colour", ["Indigo", "Charcoal", "Sage"]],
      ["Fill", ["Buckwheat hulls", "Kapok"]],
    ]
  )
  assert.deepEqual(Object.entries(p.optionValues), [
    ["Colour", ["Indigo", "Charcoal", "Sage"]],
    ["Fill", ["Buckwheat hulls", "Kapok"]],
  ])
})

test("totals: net lines where tax is added, gross lines where prices include VAT", () => {
  const source = {
    total: 179.93,
    tax_total: 28.73,
    item_subtotal: 168,
    original_item_total: 199.92,
    discount_total: 19.99,
    discount_tax_total: 3.19,
    credit_line_total: 0,
    shipping_total: 0,
    shipping_subtotal: 0,
  }
  const net = toTotals(source, "eur", false)
  assert.equal(net.subtotal.amount, 168)
  assert.equal(net.discount.amount, 16.8, "the net discount is the discount less its tax")
  assert.equal(net.total.amount, 179.93)
  const gross = toTotals(source, "eur", true)
  assert.equal(gross.subtotal.amount, 199.92)
  assert.equal(gross.discount.amount, 19.99)
})

test("totals: a missing amount is an error naming the field, never €0.00 (the account's order page once showed that)", () => {
  const complete = { total: 148, tax_total: 23.63, item_subtotal: 116.81, original_item_total: 139, discount_total: 0, discount_tax_total: 0, shipping_total: 9, shipping_subtotal: 7.56, credit_line_total: 0 }
  assert.equal(toTotals(complete, "eur", true).subtotal.amount, 139)
  assert.equal(toTotals(complete, "usd", false).subtotal.amount, 116.81)
  // Tax-inclusive totals (EU VAT) read the gross fields, tax-added ones (US) the net fields.
  const readBy = { inclusive: Object.keys(complete).filter((f) => !f.endsWith("_subtotal") && f !== "discount_tax_total"), added: Object.keys(complete).filter((f) => f !== "original_item_total" && f !== "shipping_total") }
  for (const [taxInclusive, fields] of [[true, readBy.inclusive], [false, readBy.added]] as const) {
    for (const field of Object.keys(complete)) {
      const partial = { ...complete, [field]: undefined }
      if (fields.includes(field)) assert.throws(() => toTotals(partial, "eur", taxInclusive), new RegExp(`^Error: Medusa sent no ${field};`), `without ${field}`)
      else assert.doesNotThrow(() => toTotals(partial, "eur", taxInclusive), `${field} is not read`)
    }
  }
  assert.throws(() => toTotals({ ...complete, tax_total: null }, "usd", false), /Medusa sent no tax_total/, "null is as missing as undefined")
})

test("a line without its unit price is an error naming the field, not a free item", () => {
  const line = { id: "item_1", title: "Zafu", quantity: 2, unit_price: 89 }
  assert.equal(toLineItem(line, "usd").total.amount, 178)
  assert.throws(() => toLineItem({ ...line, unit_price: undefined }, "usd"), /Medusa sent no items\.unit_price/)
})

test("a cart counts quantities, keeps item order and reads promo codes and the shipping method", () => {
  const cart = toCart({
    id: "cart_1",
    region_id: "reg_eu",
    currency_code: "eur",
    email: "a@example.com",
    items: [
      { id: "li_2", title: "Travel Zafu", product_title: "Travel Zafu", quantity: 1, unit_price: 60, created_at: "2026-01-02" },
      { id: "li_1", title: "Classic", product_title: "Classic Round Zafu", quantity: 2, unit_price: 84, created_at: "2026-01-01" },
    ],
    promotions: [{ id: "promo_1", code: "WELCOME10" }],
    shipping_methods: [{ id: "sm_1", name: "Standard shipping", amount: 9, shipping_option_id: "so_1" }],
    total: 237,
    tax_total: 0,
    item_subtotal: 228,
    original_item_total: 228,
    discount_total: 0,
    discount_tax_total: 0,
    credit_line_total: 0,
    shipping_total: 9,
    shipping_subtotal: 9,
  } as unknown as HttpTypes.StoreCart)
  assert.equal(cart.itemCount, 3)
  assert.deepEqual(cart.items.map((i) => i.id), ["li_1", "li_2"])
  assert.deepEqual(cart.items[0].total, { amount: 168, currency: "eur" })
  assert.deepEqual(cart.promoCodes, ["WELCOME10"])
  assert.deepEqual(cart.shippingMethod, { optionId: "so_1", name: "Standard shipping", amount: { amount: 9, currency: "eur" } })
  assert.equal(cart.shippingAddress, null)
})

test("a cart summary (no totals asked for) counts quantities and knows each line's variant", () => {
  const summary = toCartSummary({
    id: "cart_1",
    region_id: "reg_us",
    items: [
      { id: "li_1", variant_id: "variant_sage_kapok", quantity: 2 },
      { id: "li_2", variant_id: "variant_bench", quantity: "1" },
    ],
  } as unknown as HttpTypes.StoreCart)
  assert.deepEqual(summary, {
    id: "cart_1",
    regionId: "reg_us",
    lines: [
      { id: "li_1", variantId: "variant_sage_kapok", quantity: 2 },
      { id: "li_2", variantId: "variant_bench", quantity: 1 },
    ],
    itemCount: 3,
  })
})

test("a line shows its variant's picture (Medusa's copy on the line), named after the variant", () => {
  const line = { id: "li_1", title: "Kapok / Sage", product_title: "Classic Round Zafu", variant_title: "Kapok / Sage", quantity: 1, unit_price: 99 }
  assert.deepEqual(toLineItem({ ...line, thumbnail: "http://x/static/1-classic-round-zafu-sage-front.webp" }, "usd").image, {
    url: "http://x/static/1-classic-round-zafu-sage-front.webp",
    alt: "Classic Round Zafu — Kapok / Sage",
  })
  assert.equal(toLineItem({ ...line, variant_title: null, thumbnail: "http://x/a.webp" }, "usd").image?.alt, "Classic Round Zafu")
  assert.equal(toLineItem({ ...line, thumbnail: null }, "usd").image, null)
})
