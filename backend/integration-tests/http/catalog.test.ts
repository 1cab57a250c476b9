import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { regionByCurrency, storeClient, variantBySku } from "../../../tests/support/shop-clients"

describe("catalog through the Store API", () => {
  const sdk = storeClient()

  it("prices the Classic Round Zafu in dollars for the US and euros for the EU", async () => {
    const us = await regionByCurrency(sdk, "usd")
    const eu = await regionByCurrency(sdk, "eur")
    const inUs = await variantBySku(sdk, "ZAF-RND-BUC-IND", us.id)
    const inEu = await variantBySku(sdk, "ZAF-RND-BUC-IND", eu.id)
    assert.equal(inUs.variant.calculated_price?.currency_code, "usd")
    assert.equal(inUs.variant.calculated_price?.calculated_amount, 89)
    assert.equal(inEu.variant.calculated_price?.currency_code, "eur")
    assert.equal(inEu.variant.calculated_price?.calculated_amount, 84)
    // Kapok costs more than buckwheat in both currencies.
    const kapok = await variantBySku(sdk, "ZAF-RND-KAP-IND", eu.id)
    assert.equal(kapok.variant.calculated_price?.calculated_amount, 93)
  })

  it("lists at least 20 published products and hides the draft", async () => {
    const { products, count } = await sdk.store.product.list({ limit: 100, fields: "handle" })
    assert.ok(count >= 20, `only ${count} products`)
    const handles = products.map((p) => p.handle)
    assert.ok(handles.includes("oak-seiza-bench"))
    assert.ok(!handles.includes("indigo-festival-zafu"), "the draft product is visible in the store")
  })

  it("filters products by category", async () => {
    const { product_categories } = await sdk.store.category.list({ handle: "meditation-benches", fields: "id,name" })
    assert.equal(product_categories.length, 1)
    const { products } = await sdk.store.product.list({
      category_id: [product_categories[0].id],
      fields: "handle,*categories",
    })
    assert.deepEqual(products.map((p) => p.handle).sort(), ["folding-walnut-bench", "oak-seiza-bench"])
    for (const product of products) {
      assert.ok(product.categories?.some((c) => c?.id === product_categories[0].id))
    }
  })

  it("reports stock: one Saffron Travel Zafu and no Kapok/Charcoal Classic Zafu", async () => {
    const us = await regionByCurrency(sdk, "usd")
    assert.equal((await variantBySku(sdk, "ZAF-TRV-SAF", us.id)).variant.inventory_quantity, 1)
    assert.equal((await variantBySku(sdk, "ZAF-RND-KAP-CHA", us.id)).variant.inventory_quantity, 0)
  })
})
