/**
 * What a serious shop must survive: many shoppers racing for the last item, and clients
 * that send prices, totals or quantities of their own.
 */
import assert from "node:assert/strict"
import { after, before, describe, it } from "node:test"
import {
  addresses,
  adminClient,
  cartReadyForPayment,
  publishedProductWithStock,
  rawStore,
  regionByCurrency,
  storeClient,
} from "../../../tests/support/shop-clients"

const sdk = storeClient()

describe("racing shoppers and tampered input", { concurrency: false }, () => {
  it("20 shoppers check out the last cushion at once: one order, stock never negative, the rest told it sold out", async (t) => {
    // A product of its own with exactly one in stock, so no other test's stock is touched.
    const { sku, inventoryItemId, productId } = await publishedProductWithStock(await adminClient(), {
      title: "The Last Cushion",
      stock: 1,
      prices: { usd: 50, eur: 47 },
    })
    // Other suites (the browser tests) count the catalogue: take the test product out of the
    // shop again. Unpublish, as an owner would: its order's reservation forbids deleting it.
    t.after(async () => {
      const admin = await adminClient()
      await admin.admin.product.update(productId, { status: "draft" })
    })
    const shoppers = 20
    const carts = await Promise.all(
      Array.from({ length: shoppers }, () =>
        cartReadyForPayment(sdk, { currency: "usd", items: { [sku]: 1 }, address: addresses.newYork, shipping: "Standard shipping" })
      )
    )
    for (const { cart } of carts) await sdk.store.payment.initiatePaymentSession(cart, { provider_id: "pp_system_default" })
    const outcomes = await Promise.all(carts.map(({ cart }) => rawStore(`/store/carts/${cart.id}/complete`, { method: "POST" })))

    const orders = outcomes.filter((o) => o.status === 200 && (o.body as { type?: string }).type === "order")
    assert.equal(orders.length, 1, `expected exactly one order, got ${orders.length}`)
    for (const refused of outcomes.filter((o) => !orders.includes(o))) {
      assert.ok(refused.status < 500, `a refused checkout answered ${refused.status}: ${refused.text}`)
      assert.match(refused.text, /inventory|stock|available/i, `no sold-out reason in ${refused.text}`)
    }
    const admin = await adminClient()
    const { inventory_item } = await admin.admin.inventoryItem.retrieve(inventoryItemId, { fields: "id,*location_levels" })
    const level = inventory_item.location_levels?.[0]
    assert.ok(level)
    assert.equal(level.stocked_quantity, 1)
    assert.equal(level.reserved_quantity, 1)
    assert.ok((level.available_quantity ?? 0) >= 0, "stock went negative")
  })

  it("ignores prices, totals and shipping amounts sent by the client", async () => {
    const eu = await regionByCurrency(sdk, "eur")
    const { cart } = await sdk.store.cart.create({ region_id: eu.id })
    const { products } = await sdk.store.product.list({ handle: "wooden-mala", region_id: eu.id, fields: "id,*variants" })
    const variantId = products[0].variants![0].id
    const tampered = await rawStore(`/store/carts/${cart.id}/line-items`, {
      method: "POST",
      body: JSON.stringify({ variant_id: variantId, quantity: 1, unit_price: 0.01, total: 0.01 }),
    })
    // Either refused outright or accepted at the catalog price: never at the client's.
    if (tampered.status === 200) {
      const { cart: after } = await sdk.store.cart.retrieve(cart.id, { fields: "id,total,*items" })
      assert.equal(after.items?.[0]?.unit_price, 30)
    } else {
      assert.ok(tampered.status >= 400 && tampered.status < 500, tampered.text)
    }
    const update = await rawStore(`/store/carts/${cart.id}`, { method: "POST", body: JSON.stringify({ total: 1, item_total: 1, shipping_total: 0 }) })
    assert.ok(update.status < 500, update.text)
    const { cart: final } = await sdk.store.cart.retrieve(cart.id, { fields: "id,total,item_total" })
    assert.ok(final.item_total === 0 || final.item_total === 30, `item total ${final.item_total} came from the client`)
  })

  describe("absurd quantities get a 400 saying what is wrong with the quantity", () => {
    let cartId = ""
    let variantId = ""
    let productId = ""
    before(async () => {
      const eu = await regionByCurrency(sdk, "eur")
      cartId = (await sdk.store.cart.create({ region_id: eu.id })).cart.id
      // Enough stock that 100 can only be refused for being absurd, never for stock.
      const product = await publishedProductWithStock(await adminClient(), { title: "Bulk Incense", stock: 150, prices: { usd: 5, eur: 5 } })
      variantId = product.variantId
      productId = product.productId
    })
    // Out of the catalogue again afterwards, as with the race test above.
    after(async () => (await adminClient()).admin.product.update(productId, { status: "draft" }))
    // Below 1, Medusa's own validator (quantity > 0) answers before the shop's.
    const refusals: [unknown, RegExp][] = [
      [0, /'quantity' too small/],
      [-1, /'quantity' too small/],
      [1e9, /'quantity' too big, expected at most: '100'/],
      [101, /'quantity' too big, expected at most: '100'/],
      ["ten", /Expected type: 'number' for field 'quantity'/],
      [1.5, /Expected type: 'int' for field 'quantity'/],
      [null, /Expected type: 'number' for field 'quantity'/],
    ]
    for (const [quantity, reason] of refusals) {
      it(`quantity ${JSON.stringify(quantity)}`, async () => {
        const response = await rawStore(`/store/carts/${cartId}/line-items`, {
          method: "POST",
          body: JSON.stringify({ variant_id: variantId, quantity }),
        })
        assert.equal(response.status, 400, response.text)
        assert.equal((response.body as { type?: unknown }).type, "invalid_data", response.text)
        assert.match(String((response.body as { message?: unknown }).message), reason)
      })
    }
    it("a change of quantity to 101 is refused the same way, and to 0 is not", async () => {
      const added = await rawStore(`/store/carts/${cartId}/line-items`, { method: "POST", body: JSON.stringify({ variant_id: variantId, quantity: 1 }) })
      assert.equal(added.status, 200, added.text)
      const lineId = (added.body as { cart: { items: { id: string }[] } }).cart.items[0].id
      const tooMany = await rawStore(`/store/carts/${cartId}/line-items/${lineId}`, { method: "POST", body: JSON.stringify({ quantity: 101 }) })
      assert.equal(tooMany.status, 400, tooMany.text)
      assert.match(String((tooMany.body as { message?: unknown }).message), /'quantity' too big, expected at most: '100'/)
      const removed = await rawStore(`/store/carts/${cartId}/line-items/${lineId}`, { method: "POST", body: JSON.stringify({ quantity: 0 }) })
      assert.equal(removed.status, 200, removed.text)
    })
    it("and the cart is still empty", async () => {
      const { cart } = await sdk.store.cart.retrieve(cartId, { fields: "id,*items" })
      assert.equal(cart.items?.length ?? 0, 0)
    })
    it("while 100 is fine", async () => {
      const response = await rawStore(`/store/carts/${cartId}/line-items`, { method: "POST", body: JSON.stringify({ variant_id: variantId, quantity: 100 }) })
      assert.equal(response.status, 200, response.text)
      const { cart } = await sdk.store.cart.retrieve(cartId, { fields: "id,*items" })
      assert.deepEqual(cart.items?.map((item) => [item.variant_id, item.quantity]), [[variantId, 100]])
    })
  })
})
