import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { addresses, adminClient, placeOrder, rawStore, regionByCurrency, storeClient, variantBySku } from "../../../tests/support/shop-clients"

const cents = (amount: number) => Math.round(amount * 100)

describe("from cart to order with the system payment provider", () => {
  const sdk = storeClient()

  it("refuses to add the sold-out variant to a cart, with a reason", async () => {
    const eu = await regionByCurrency(sdk, "eur")
    const { variant } = await variantBySku(sdk, "ZAF-RND-KAP-CHA", eu.id)
    const { cart } = await sdk.store.cart.create({ region_id: eu.id })
    const response = await rawStore(`/store/carts/${cart.id}/line-items`, {
      method: "POST",
      body: JSON.stringify({ variant_id: variant.id, quantity: 1 }),
    })
    assert.ok(response.status >= 400 && response.status < 500, `status ${response.status}: ${response.text}`)
    assert.match(response.text, /inventory|stock|available/i)
    const after = await sdk.store.cart.retrieve(cart.id)
    assert.equal(after.cart.items?.length ?? 0, 0)
  })

  it("places an EU order with VAT included, standard shipping, and stock taken", async () => {
    const eu = await regionByCurrency(sdk, "eur")
    const before = (await variantBySku(sdk, "CVR-ZAF-SAG", eu.id)).variant.inventory_quantity ?? 0
    // Zafu cover 32 + mala 30 = 62 EUR, under the 140 EUR free-shipping line: shipping 9.
    const { order } = await placeOrder(sdk, {
      currency: "eur",
      items: { "CVR-ZAF-SAG": 1, "ACC-MAL-SAN": 1 },
      address: addresses.berlin,
      shipping: "Standard shipping",
    })
    const admin = await adminClient()
    const { order: stored } = await admin.admin.order.retrieve(order.id, {
      fields: "id,display_id,currency_code,total,item_total,shipping_total,tax_total,*items,*shipping_address",
    })
    assert.equal(stored.currency_code, "eur")
    assert.equal(cents(stored.item_total as number), 6200)
    assert.equal(cents(stored.shipping_total as number), 900)
    assert.equal(cents(stored.total as number), 7100, "prices include VAT, so the total is items + shipping")
    // German VAT 19% is contained in every amount: 71 - 71 / 1.19
    assert.equal(cents(stored.tax_total as number), cents(71 - 71 / 1.19))
    assert.equal(stored.shipping_address?.postal_code, "10435")
    assert.equal(stored.items?.length, 2)

    const after = (await variantBySku(sdk, "CVR-ZAF-SAG", eu.id)).variant.inventory_quantity ?? 0
    assert.equal(after, before - 1, "available stock did not go down by the quantity ordered")
  })

  it("places a US order with New York sales tax on top and free standard shipping over $150", async () => {
    // Two Classic Round Zafus at 89 = 178 USD, over the 150 USD free-shipping line.
    const { order } = await placeOrder(sdk, {
      currency: "usd",
      items: { "ZAF-RND-BUC-IND": 2 },
      address: addresses.newYork,
      shipping: "Standard shipping",
    })
    const admin = await adminClient()
    const { order: stored } = await admin.admin.order.retrieve(order.id, {
      fields: "id,currency_code,total,item_subtotal,shipping_total,tax_total",
    })
    assert.equal(stored.currency_code, "usd")
    assert.equal(cents(stored.item_subtotal as number), 17800)
    assert.equal(cents(stored.shipping_total as number), 0)
    assert.equal(cents(stored.tax_total as number), cents(178 * 0.04))
    assert.equal(cents(stored.total as number), cents(178 * 1.04))
  })

  it("completing the same cart twice gives one order", async () => {
    const { order, cartId } = await placeOrder(sdk, {
      currency: "usd",
      items: { "ACC-STR-IND": 1 },
      address: addresses.newYork,
      shipping: "Express shipping",
    })
    const again = await rawStore(`/store/carts/${cartId}/complete`, { method: "POST" })
    assert.ok(again.status < 500, `second completion answered ${again.status}`)
    const admin = await adminClient()
    // Every order this buyer has, by the test's own email: a second order would show here.
    const { orders } = await admin.admin.order.list({ fields: "id,email", q: order.email ?? undefined, limit: 10 })
    assert.deepEqual(orders.filter((o) => o.email === order.email).map((o) => o.id), [order.id])
    const body = again.body as { order?: { id: string } }
    if (again.status === 200) assert.equal(body.order?.id, order.id)
  })
})
