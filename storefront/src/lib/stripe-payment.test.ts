/**
 * The card payment step's logic, with Stripe.js faked: js.stripe.com cannot load in this
 * environment (nor in CI), so `confirm` stands in for stripe.confirmPayment and answers what
 * Stripe answers for a decline, an authorised card, a retry and a dropped connection.
 */
import assert from "node:assert/strict"
import { describe, it } from "node:test"
import {
  afterPaymentRedirect,
  CONFIRM_FAILED_MESSAGE,
  confirmAndPlaceOrder,
  paymentReturnMessage,
  singleFlight,
  type ConfirmResult,
  type PaymentOutcome,
} from "./stripe-payment"

/** A place-order stand-in that counts its calls. */
function placeOrderSpy(outcome: PaymentOutcome = { ok: true }) {
  const spy = {
    calls: 0,
    run: async () => {
      spy.calls++
      return outcome
    },
  }
  return spy
}

const declined: ConfirmResult = {
  error: { message: "Your card was declined.", payment_intent: { status: "requires_payment_method" } },
}
const authorised: ConfirmResult = { paymentIntent: { status: "requires_capture" } }

describe("confirmAndPlaceOrder", () => {
  it("shows Stripe's decline message and places no order", async () => {
    const placeOrder = placeOrderSpy()
    const outcome = await confirmAndPlaceOrder({ confirm: async () => declined, placeOrder: placeOrder.run })
    assert.deepEqual(outcome, { ok: false, message: "Your card was declined." })
    assert.equal(placeOrder.calls, 0)
  })

  it("places the order once when Stripe has authorised the card (requires_capture)", async () => {
    const placeOrder = placeOrderSpy()
    const outcome = await confirmAndPlaceOrder({ confirm: async () => authorised, placeOrder: placeOrder.run })
    assert.deepEqual(outcome, { ok: true })
    assert.equal(placeOrder.calls, 1)
  })

  it("places the order for a payment that captured at once (succeeded)", async () => {
    const placeOrder = placeOrderSpy()
    await confirmAndPlaceOrder({ confirm: async () => ({ paymentIntent: { status: "succeeded" } }), placeOrder: placeOrder.run })
    assert.equal(placeOrder.calls, 1)
  })

  it("places no order when confirming fails on the network, and says so", async () => {
    const placeOrder = placeOrderSpy()
    const outcome = await confirmAndPlaceOrder({
      confirm: async () => {
        throw new TypeError("Failed to fetch")
      },
      placeOrder: placeOrder.run,
    })
    assert.deepEqual(outcome, { ok: false, message: CONFIRM_FAILED_MESSAGE })
    assert.equal(placeOrder.calls, 0)
  })

  it("retries placing the order when Stripe reports the intent is already authorised", async () => {
    const placeOrder = placeOrderSpy()
    const alreadyConfirmed: ConfirmResult = {
      error: { message: "This PaymentIntent's status is requires_capture.", payment_intent: { status: "requires_capture" } },
    }
    const outcome = await confirmAndPlaceOrder({ confirm: async () => alreadyConfirmed, placeOrder: placeOrder.run })
    assert.deepEqual(outcome, { ok: true })
    assert.equal(placeOrder.calls, 1)
  })

  it("places no order while the payment is still processing or unfinished", async () => {
    const placeOrder = placeOrderSpy()
    for (const status of ["processing", "requires_action", "requires_payment_method"]) {
      const outcome = await confirmAndPlaceOrder({ confirm: async () => ({ paymentIntent: { status } }), placeOrder: placeOrder.run })
      assert.equal(outcome.ok, false)
    }
    assert.equal(placeOrder.calls, 0)
  })

  it("passes on Medusa's refusal so the customer sees it", async () => {
    const placeOrder = placeOrderSpy({ ok: false, message: "Some items in your cart have just sold out." })
    const outcome = await confirmAndPlaceOrder({ confirm: async () => authorised, placeOrder: placeOrder.run })
    assert.deepEqual(outcome, { ok: false, message: "Some items in your cart have just sold out." })
  })
})

describe("singleFlight submit", () => {
  it("confirms once and places one order for two rapid submits", async () => {
    const placeOrder = placeOrderSpy()
    let confirms = 0
    const submit = singleFlight(() =>
      confirmAndPlaceOrder({
        confirm: async () => {
          confirms++
          await new Promise((resolve) => setTimeout(resolve, 10))
          return authorised
        },
        placeOrder: placeOrder.run,
      }),
    )
    const [first, second] = await Promise.all([submit(), submit()])
    assert.deepEqual(first, { ok: true })
    assert.deepEqual(second, { ok: true })
    assert.equal(confirms, 1)
    assert.equal(placeOrder.calls, 1)
  })

  it("lets the customer retry after a decline, with the same form", async () => {
    const placeOrder = placeOrderSpy()
    const answers = [declined, authorised]
    const submit = singleFlight(() => confirmAndPlaceOrder({ confirm: async () => answers.shift() ?? declined, placeOrder: placeOrder.run }))
    assert.equal((await submit()).ok, false)
    assert.equal(placeOrder.calls, 0)
    assert.deepEqual(await submit(), { ok: true })
    assert.equal(placeOrder.calls, 1)
  })
})

describe("the payment return route's decisions", () => {
  it("completes the cart only for a succeeded redirect", () => {
    assert.deepEqual(afterPaymentRedirect("succeeded"), { complete: true })
    assert.deepEqual(afterPaymentRedirect("processing"), { complete: false, notice: "processing" })
    assert.deepEqual(afterPaymentRedirect("failed"), { complete: false, notice: "declined" })
    assert.deepEqual(afterPaymentRedirect(null), { complete: false, notice: "declined" })
  })

  it("shows only the shop's own messages for the notice in the URL", () => {
    assert.match(paymentReturnMessage("declined") ?? "", /declined/)
    assert.equal(paymentReturnMessage("<script>"), undefined)
    assert.equal(paymentReturnMessage("constructor"), undefined)
    assert.equal(paymentReturnMessage(undefined), undefined)
  })
})
