/**
 * The storefront's order pages (confirmation, account list, account order) read orders
 * through two Store API routes with one `fields` list and one reshaping. Real responses of
 * both routes must give the same, exact totals.
 */
import assert from "node:assert/strict"
import { randomBytes } from "node:crypto"
import { describe, it } from "node:test"
import type { HttpTypes } from "@medusajs/types"
import { ORDER_FIELDS } from "@stillpoint/shop-contracts"
import { toOrder } from "../../../storefront/src/lib/medusa/shape"
import { addresses, placeOrder, storeClient } from "../../../tests/support/shop-clients"

const cents = (amount: number) => Math.round(amount * 100)

async function signedInCustomer() {
  const sdk = storeClient()
  const email = `reshape-${randomBytes(4).toString("hex")}@example.com`
  const password = randomBytes(12).toString("base64url")
  await sdk.auth.register("customer", "emailpass", { email, password })
  await sdk.store.customer.create({ email, first_name: "Ada", last_name: "Buyer" })
  await sdk.auth.login("customer", "emailpass", { email, password })
  return { sdk, email }
}

describe("orders through the storefront's fields and reshaping", () => {
  const cases: { name: string; currency: "usd" | "eur"; items: Record<string, number>; address: (typeof addresses)[keyof typeof addresses]; expect: { subtotal: number; shipping: number; tax: number; total: number; taxInclusive: boolean } }[] = [
    {
      name: "EU order, VAT included: €62 of items + €9 shipping",
      currency: "eur",
      items: { "CVR-ZAF-SAG": 1, "ACC-MAL-SAN": 1 },
      address: addresses.berlin,
      expect: { subtotal: 6200, shipping: 900, tax: cents(71 - 71 / 1.19), total: 7100, taxInclusive: true },
    },
    {
      name: "US order, New York sales tax added: 2 × $89, free shipping",
      currency: "usd",
      items: { "ZAF-RND-BUC-IND": 2 },
      address: addresses.newYork,
      expect: { subtotal: 17800, shipping: 0, tax: cents(178 * 0.04), total: cents(178 * 1.04), taxInclusive: false },
    },
  ]
  for (const c of cases) {
    it(`${c.name}: the list and the single order show the same exact totals`, async () => {
      const { sdk, email } = await signedInCustomer()
      const { order } = await placeOrder(sdk, { currency: c.currency, items: c.items, address: c.address, shipping: "Standard shipping", email })
      const single = await sdk.client.fetch<HttpTypes.StoreOrderResponse>(`/store/orders/${order.id}`, { query: { fields: ORDER_FIELDS } })
      // The account page's own query (storefront/src/lib/medusa/orders.ts).
      const list = await sdk.client.fetch<HttpTypes.StoreOrderListResponse>("/store/orders", { query: { fields: ORDER_FIELDS, order: "-created_at", limit: 50 } })
      const listed = list.orders.find((o) => o.id === order.id)
      assert.ok(listed, "the order is in the customer's list")
      for (const shaped of [toOrder(single.order), toOrder(listed)]) {
        const { totals } = shaped
        assert.deepEqual(
          { subtotal: cents(totals.subtotal.amount), shipping: cents(totals.shipping.amount), tax: cents(totals.tax.amount), total: cents(totals.total.amount), taxInclusive: totals.taxInclusive },
          c.expect
        )
        assert.equal(cents(shaped.items.reduce((sum, item) => sum + item.total.amount, 0)), c.expect.subtotal, "the lines add up to the subtotal")
        assert.equal(shaped.customerId, single.order.customer_id)
        assert.equal(shaped.fulfillmentStatus, "not_fulfilled")
        assert.equal(shaped.totals.refunded.amount, 0)
      }
    })
  }
})
