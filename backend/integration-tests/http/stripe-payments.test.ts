/**
 * Payments through Medusa's Stripe provider, end to end: Store API -> Medusa -> Stripe
 * (the suite's emulator of Stripe's API, or Stripe's test mode with STRIPE_TEST_LIVE=1)
 * -> signed webhooks back into Medusa. The test plays Stripe.js by confirming the
 * PaymentIntent with Stripe's test cards.
 */
import assert from "node:assert/strict"
import { describe, it } from "node:test"
import type { HttpTypes } from "@medusajs/types"
import { addresses, adminClient, backendUrl, cartReadyForPayment, storeClient, type CartOptions } from "../../../tests/support/shop-clients"
import { confirmWithCard, emulator, stripeApi, stripeEmulated, waitFor } from "../../../tests/support/stripe-test-api"
import { stripeSignature } from "../../../tests/stripe-emulator/signature"

const sdk = storeClient()
const usdCart: CartOptions = { currency: "usd", items: { "ACC-MAL-ROS": 1, "CVR-ZAF-IND": 1 }, address: addresses.newYork, shipping: "Standard shipping" }
const eurCart: CartOptions = { currency: "eur", items: { "BOL-KNE-SAG": 2 }, address: addresses.berlin, shipping: "Express shipping" }

type Intent = { id: string; amount: number; currency: string; status: string; client_secret: string }

/** A cart with a Stripe payment session; returns the PaymentIntent Medusa created for it. */
async function payWithStripe(options: CartOptions) {
  const { cart } = await cartReadyForPayment(sdk, options)
  const { payment_collection } = await sdk.store.payment.initiatePaymentSession(cart, { provider_id: "pp_stripe_stripe" })
  const session = payment_collection.payment_sessions?.find((s) => s.provider_id === "pp_stripe_stripe")
  assert.ok(session, "no Stripe payment session")
  const intent = session.data as unknown as Intent
  assert.match(intent.id, /^pi_/)
  assert.ok(intent.client_secret, "the storefront needs the client secret for the Payment Element")
  return { cart, intent }
}

/** The orders placed for this cart's (unique) email; null while the cart is not completed. */
async function orderForCart(cartId: string) {
  const { cart } = await sdk.store.cart.retrieve(cartId, { fields: "id,email,completed_at" })
  if (!cart.completed_at) return null
  const admin = await adminClient()
  const { orders } = await admin.admin.order.list({ fields: "id,email", q: cart.email ?? undefined, limit: 50 })
  return orders.filter((order) => order.email === cart.email)
}

async function adminOrder(id: string): Promise<HttpTypes.AdminOrder> {
  const admin = await adminClient()
  const { order } = await admin.admin.order.retrieve(id, {
    fields: "id,total,currency_code,payment_status,*payment_collections.payments,*payment_collections.payments.captures,*payment_collections.payments.refunds",
  })
  return order
}

describe("Stripe payments", { concurrency: false }, () => {
  it("charges the cart total in the smallest currency unit, for USD and EUR", async () => {
    for (const options of [usdCart, eurCart]) {
      const { cart, intent } = await payWithStripe(options)
      assert.equal(intent.currency, options.currency)
      assert.equal(intent.amount, Math.round(cart.total * 100), `${options.currency}: intent ${intent.amount} vs cart total ${cart.total}`)
    }
  })

  let paidOrderId = ""

  it("a good card: order placed, payment authorised, then captured by the shop owner", async () => {
    const { cart, intent } = await payWithStripe(usdCart)
    const confirmed = await confirmWithCard(intent.id, "pm_card_visa")
    assert.equal(confirmed.status, 200)
    assert.equal(confirmed.body.status, "requires_capture")

    const completed = await sdk.store.cart.complete(cart.id)
    assert.equal(completed.type, "order", JSON.stringify(completed))
    if (completed.type !== "order") return
    paidOrderId = completed.order.id
    let order = await adminOrder(paidOrderId)
    assert.equal(order.payment_status, "authorized")

    const payment = order.payment_collections?.[0]?.payments?.[0]
    assert.ok(payment)
    const admin = await adminClient()
    await admin.admin.payment.capture(payment.id, {})
    order = await adminOrder(paidOrderId)
    assert.equal(order.payment_status, "captured")
    const atStripe = await stripeApi<Intent & { amount_received: number }>("GET", `/v1/payment_intents/${intent.id}`)
    assert.equal(atStripe.body.status, "succeeded")
    assert.equal(atStripe.body.amount_received, intent.amount)
  })

  it("a refund from the admin reaches Stripe and the order shows it", async () => {
    assert.ok(paidOrderId, "needs the captured order from the previous test")
    const order = await adminOrder(paidOrderId)
    const payment = order.payment_collections?.[0]?.payments?.[0]
    assert.ok(payment)
    const intentId = (payment.data as { id: string }).id
    const admin = await adminClient()
    await admin.admin.payment.refund(payment.id, { amount: order.total })
    const refunds = await stripeApi<{ data: { amount: number; status: string }[] }>("GET", "/v1/refunds", { payment_intent: intentId })
    assert.equal(refunds.body.data.length, 1)
    assert.equal(refunds.body.data[0].amount, Math.round(order.total * 100))
    assert.equal(refunds.body.data[0].status, "succeeded")
    assert.equal((await adminOrder(paidOrderId)).payment_status, "refunded")
  })

  it("a declined card: Stripe's message, no order, the cart intact, and a retry succeeds", async () => {
    const { cart, intent } = await payWithStripe(eurCart)
    const declined = await confirmWithCard(intent.id, "pm_card_chargeDeclined")
    assert.equal(declined.status, 402)
    assert.equal(declined.body.error?.message, "Your card was declined.")
    assert.equal(declined.body.error?.code, "card_declined")

    const attempt = await sdk.store.cart.complete(cart.id).catch((error: Error) => error)
    assert.ok(attempt instanceof Error || attempt.type === "cart", "a declined card made an order")
    const { cart: after } = await sdk.store.cart.retrieve(cart.id)
    assert.equal(after.completed_at ?? null, null)
    assert.equal(after.items?.length, 1)

    // The customer tries another card, as the storefront's payment step offers after an error.
    const { payment_collection } = await sdk.store.payment.initiatePaymentSession(after, { provider_id: "pp_stripe_stripe" })
    const retry = payment_collection.payment_sessions?.find((s) => s.provider_id === "pp_stripe_stripe")?.data as unknown as Intent
    assert.equal((await confirmWithCard(retry.id, "pm_card_visa")).body.status, "requires_capture")
    const completed = await sdk.store.cart.complete(cart.id)
    assert.equal(completed.type, "order")
  })

  it("a card that needs 3D Secure goes through requires_action, then completes", async (t) => {
    const { cart, intent } = await payWithStripe(usdCart)
    const confirmed = await confirmWithCard(intent.id, "pm_card_authenticationRequired")
    assert.equal(confirmed.body.status, "requires_action")
    const early = await sdk.store.cart.complete(cart.id).catch((error: Error) => error)
    assert.ok(early instanceof Error || early.type === "cart", "an unauthenticated payment made an order")

    // Stripe's real 3D Secure page needs a browser: say so in the run's skips rather than pass.
    if (!stripeEmulated()) return t.skip("Stripe's real 3D Secure page needs a browser")
    const authenticated = await emulator<{ status: string }>("POST", `/payment_intents/${intent.id}/authenticate`, { outcome: "succeed" })
    assert.equal(authenticated.status, "requires_capture")
    const completed = await sdk.store.cart.complete(cart.id)
    assert.equal(completed.type, "order")
  })

  it("refuses webhooks with a bad or missing signature (400) and accepts Stripe's", async () => {
    const payload = JSON.stringify({ id: "evt_forged", type: "payment_intent.succeeded", data: { object: { id: "pi_forged", metadata: { session_id: "payses_forged" } } } })
    const post = (headers: Record<string, string>) =>
      fetch(`${backendUrl()}/hooks/payment/stripe_stripe`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: payload })
    assert.equal((await post({ "stripe-signature": "t=1700000000,v1=deadbeef" })).status, 400)
    assert.equal((await post({})).status, 400)
    assert.equal((await post({ "stripe-signature": stripeSignature(payload, "whsec_not_the_shops_secret") })).status, 400)
    assert.equal((await post({ "stripe-signature": stripeSignature(payload, process.env.STRIPE_TEST_WEBHOOK_SECRET!) })).status, 200)
  })

  it("answers 404 to webhooks for payment providers the shop does not have", async () => {
    for (const provider of ["paypal_paypal", "stripe_nope", "..%2F..%2Fadmin"]) {
      const response = await fetch(`${backendUrl()}/hooks/payment/${provider}`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" })
      assert.equal(response.status, 404, provider)
    }
  })

  it("completes the order from the webhook alone when the browser closed after paying", { skip: !stripeEmulated() && "needs the emulator's webhook delivery" }, async () => {
    const { cart, intent } = await payWithStripe(eurCart)
    assert.equal((await confirmWithCard(intent.id, "pm_card_visa")).body.status, "requires_capture")
    // Nobody calls /complete: the amount_capturable_updated webhook has to do it.
    const orders = await waitFor("the webhook to place the order", () => orderForCart(cart.id))
    assert.equal(orders.length, 1)
  })

  it("duplicated and out-of-order webhooks give exactly one order and one capture", { skip: !stripeEmulated() && "needs the emulator's event replay" }, async () => {
    await emulator("POST", "/settings", { autoDeliver: "false" })
    try {
      const { cart, intent } = await payWithStripe(usdCart)
      assert.equal((await confirmWithCard(intent.id, "pm_card_visa")).body.status, "requires_capture")
      // Captured at Stripe directly (as from Stripe's dashboard), so `succeeded` exists too.
      assert.equal((await stripeApi("POST", `/v1/payment_intents/${intent.id}/capture`)).status, 200)
      const { data: events } = await emulator<{ data: { id: string; type: string }[] }>("GET", "/events", { payment_intent: intent.id })
      const capturable = events.find((e) => e.type === "payment_intent.amount_capturable_updated")
      const succeeded = events.find((e) => e.type === "payment_intent.succeeded")
      assert.ok(capturable && succeeded)
      // succeeded first, then amount_capturable_updated, then succeeded twice more.
      for (const event of [succeeded, capturable, succeeded, succeeded]) {
        assert.equal((await emulator<{ status: number }>("POST", `/events/${event.id}/deliver`)).status, 200)
      }
      const orders = await waitFor("the webhooks to place the order", () => orderForCart(cart.id))
      await new Promise((resolve) => setTimeout(resolve, 4000)) // let every queued event run
      const final = (await orderForCart(cart.id)) ?? []
      assert.equal(final.length, 1, `orders: ${final.map((o) => o.id)}`)
      const order = await adminOrder(orders[0].id)
      const payments = order.payment_collections?.flatMap((c) => c.payments ?? []) ?? []
      assert.equal(payments.length, 1)
      assert.equal(payments[0].captures?.length, 1, "captured more than once")
      // Read after every delivery has been handled: Stripe saw one capture (the one made at
      // Stripe above) and raised one succeeded event; Medusa never captured it a second time.
      const { data: after } = await emulator<{ data: { id: string; type: string }[] }>("GET", "/events", { payment_intent: intent.id })
      assert.equal(after.filter((e) => e.type === "payment_intent.succeeded").length, 1)
      const captures = await emulator<{ data: unknown[] }>("GET", "/requests", { path: `/v1/payment_intents/${intent.id}/capture` })
      assert.equal(captures.data.length, 1, `capture requests: ${JSON.stringify(captures.data)}`)
    } finally {
      await emulator("POST", "/settings", { autoDeliver: "true" })
    }
  })
})
