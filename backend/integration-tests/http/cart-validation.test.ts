import assert from "node:assert/strict"
import { before, describe, it } from "node:test"
import { rawStore, regionByCurrency, storeClient, variantBySku } from "../../../tests/support/shop-clients"

/** Bad input on cart routes: always a 4xx with a message a developer can act on, never a 5xx. */
describe("malformed cart requests", () => {
  const sdk = storeClient()
  let cartId = ""
  let variantId = ""

  before(async () => {
    const eu = await regionByCurrency(sdk, "eur")
    cartId = (await sdk.store.cart.create({ region_id: eu.id })).cart.id
    variantId = (await variantBySku(sdk, "ACC-MAL-SAN", eu.id)).variant.id
  })

  const cases: { name: string; path: () => string; body: string }[] = [
    { name: "invalid JSON", path: () => "/store/carts", body: "{not json" },
    { name: "region_id of the wrong type", path: () => "/store/carts", body: JSON.stringify({ region_id: 42 }) },
    { name: "unknown region", path: () => "/store/carts", body: JSON.stringify({ region_id: "reg_does_not_exist" }) },
    { name: "line item without a variant", path: () => `/store/carts/${cartId}/line-items`, body: JSON.stringify({ quantity: 1 }) },
    { name: "quantity as text", path: () => `/store/carts/${cartId}/line-items`, body: JSON.stringify({ variant_id: variantId, quantity: "two" }) },
    { name: "quantity of zero", path: () => `/store/carts/${cartId}/line-items`, body: JSON.stringify({ variant_id: variantId, quantity: 0 }) },
    { name: "negative quantity", path: () => `/store/carts/${cartId}/line-items`, body: JSON.stringify({ variant_id: variantId, quantity: -3 }) },
    { name: "unknown variant", path: () => `/store/carts/${cartId}/line-items`, body: JSON.stringify({ variant_id: "variant_nope", quantity: 1 }) },
    { name: "line item on a cart that does not exist", path: () => "/store/carts/cart_nope/line-items", body: JSON.stringify({ variant_id: variantId, quantity: 1 }) },
    { name: "email that is not an email", path: () => `/store/carts/${cartId}`, body: JSON.stringify({ email: "not-an-email" }) },
    { name: "shipping address as a string", path: () => `/store/carts/${cartId}`, body: JSON.stringify({ shipping_address: "somewhere" }) },
    { name: "unknown shipping option", path: () => `/store/carts/${cartId}/shipping-methods`, body: JSON.stringify({ option_id: "so_nope" }) },
    { name: "promo code of the wrong type", path: () => `/store/carts/${cartId}/promotions`, body: JSON.stringify({ promo_codes: "WELCOME10" }) },
  ]

  for (const c of cases) {
    it(`${c.name} -> 4xx with a message`, async () => {
      const response = await rawStore(c.path(), { method: "POST", body: c.body })
      assert.ok(response.status >= 400 && response.status < 500, `status ${response.status}: ${response.text}`)
      const body = response.body as { message?: unknown }
      assert.equal(typeof body.message, "string", `no message in ${response.text}`)
      assert.ok((body.message as string).length > 0)
      assert.doesNotMatch(response.text, /at \w+ \(.*:\d+:\d+\)/, "a stack trace leaked into the response")
    })
  }

  it("leaves the cart empty after all of that", async () => {
    const { cart } = await sdk.store.cart.retrieve(cartId)
    assert.equal(cart.items?.length ?? 0, 0)
  })
})
