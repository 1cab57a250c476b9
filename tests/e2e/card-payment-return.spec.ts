/**
 * A card payment that leaves the page and comes back (a bank's 3D Secure page, a redirect-based
 * method): the storefront's return route against the Stripe emulator, or Stripe's test mode with
 * STRIPE_TEST_LIVE=1. Stripe.js cannot load here, so the test plays its part: it opens the cart's
 * Stripe payment session through the Store API (what the card step does) and confirms the
 * PaymentIntent with a test card (what Stripe.js does); the browser then follows Stripe's
 * redirect back to the shop. Not covered: the Payment Element (Stripe's iframe) and Stripe.js.
 */
import type { Page } from "@playwright/test"
import { adminClient, storeClient } from "../support/shop-clients"
import { confirmWithCard } from "../support/stripe-test-api"
import { addToCart, cartLink, checkoutToReview, expect, readTotals, test, uniqueEmail } from "./shop"

const address = { firstName: "Maya", lastName: "Lindqvist", street: "500 Market Street", postcode: "94105", city: "San Francisco", state: "California" }

/** The shopper's cart, at the review step, with a Stripe PaymentIntent as its payment session. */
async function cartPayingByCard(page: Page, email: string) {
  await addToCart(page, "/us/products/classic-round-zafu", ["Buckwheat hulls", "Indigo"])
  await checkoutToReview(page, "us", { ...address, email })
  const cartId = (await page.context().cookies()).find((cookie) => cookie.name === "sp_cart")?.value
  if (!cartId) throw new Error("the storefront set no cart cookie")
  const sdk = storeClient()
  const { cart } = await sdk.store.cart.retrieve(cartId)
  const { payment_collection } = await sdk.store.payment.initiatePaymentSession(cart, { provider_id: "pp_stripe_stripe" })
  const session = payment_collection.payment_sessions?.find((s) => s.provider_id === "pp_stripe_stripe")
  const intent = session?.data as { id?: string; client_secret?: string } | undefined
  if (!intent?.id || !intent.client_secret) throw new Error(`no Stripe PaymentIntent for the cart (${JSON.stringify(session)})`)
  return { cartId, intentId: intent.id, clientSecret: intent.client_secret }
}

const returnUrl = (intentId: string, clientSecret: string, status: string) =>
  `/us/checkout/payment-return?payment_intent=${intentId}&payment_intent_client_secret=${clientSecret}&redirect_status=${status}`

test("paid by card on the bank's page, the shopper comes back to a placed order with the right total", async ({ page }) => {
  const email = uniqueEmail("card-return")
  const { intentId, clientSecret } = await cartPayingByCard(page, email)
  expect((await confirmWithCard(intentId, "pm_card_visa")).body.status).toBe("requires_capture")

  await page.goto(returnUrl(intentId, clientSecret, "succeeded"))
  await page.waitForURL(/\/us\/order\/[^/]+\/confirmed/)
  await expect(page.getByRole("heading", { name: "Thank you for your order" })).toBeVisible()
  // $89 zafu + $8 shipping, California sales tax 7.25 % on both, added on top.
  expect(await readTotals(page)).toEqual({ subtotal: 89, discount: 0, shipping: 8, tax: 7.03, taxIncluded: false, refunded: 0, total: 104.03 })
  await expect(cartLink(page)).not.toContainText("1")

  // The owner's side: one order, paid by card, the amount authorised at Stripe.
  const admin = await adminClient()
  const { orders } = await admin.admin.order.list({ q: email, fields: "id,email,total,*payment_collections.payments" })
  const mine = orders.filter((order) => order.email === email)
  expect(mine).toHaveLength(1)
  // Medusa keeps the tax unrounded (104.0325); the customer is charged, and shown, cents.
  const cents = (amount: unknown) => Math.round(Number(amount) * 100)
  expect(cents(mine[0].total)).toBe(10403)
  const payments = mine[0].payment_collections?.flatMap((collection) => collection.payments ?? []) ?? []
  expect(payments.map((payment) => [payment.provider_id, cents(payment.amount)])).toEqual([["pp_stripe_stripe", 10403]])

  // Coming back to the same address again (a reload, the back button) places nothing more.
  await page.goto(returnUrl(intentId, clientSecret, "succeeded"))
  await expect(page).toHaveURL(/\/us\/checkout$/)
  const again = await admin.admin.order.list({ q: email, fields: "id,email" })
  expect(again.orders.filter((order) => order.email === email)).toHaveLength(1)
})

test("a card the bank declines brings the shopper back to checkout, cart intact and told why", async ({ page }) => {
  const email = uniqueEmail("card-declined")
  const { intentId, clientSecret } = await cartPayingByCard(page, email)
  const declined = await confirmWithCard(intentId, "pm_card_chargeDeclined")
  expect(declined.body.error?.code).toBe("card_declined")

  await page.goto(returnUrl(intentId, clientSecret, "failed"))
  await expect(page).toHaveURL(/\/us\/checkout\?payment=declined$/)
  await expect(page.getByText("Your payment was declined or cancelled. Please try again or use another card.")).toBeVisible()
  await expect(cartLink(page)).toContainText("1")
  const admin = await adminClient()
  const { orders } = await admin.admin.order.list({ q: email, fields: "id,email" })
  expect(orders.filter((order) => order.email === email)).toHaveLength(0)
})
