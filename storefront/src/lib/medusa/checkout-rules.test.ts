import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { awaitsBankTransfer, completionMessage, offeredInStorefront, paymentMethod } from "./checkout-rules"

describe("offeredInStorefront", () => {
  it("offers Stripe only when the build has Stripe's publishable key", () => {
    assert.equal(offeredInStorefront("pp_stripe_stripe", undefined), false)
    assert.equal(offeredInStorefront("pp_stripe_stripe", ""), false)
    assert.equal(offeredInStorefront("pp_stripe_stripe", "pk_test_123"), true)
  })
  it("always offers the system provider", () => {
    assert.equal(offeredInStorefront("pp_system_default", undefined), true)
    assert.equal(offeredInStorefront("pp_system_default", "pk_test_123"), true)
  })
})

describe("completionMessage", () => {
  it("turns Medusa's authorisation error into a sentence without internal ids", () => {
    const message = completionMessage("Session: payses_01ABC was not authorized with the provider.")
    assert.doesNotMatch(message, /payses_/)
    assert.match(message, /payment was not authorised/)
  })
  it("explains a sell-out and keeps other messages", () => {
    assert.match(completionMessage("Some variant does not have the required inventory"), /sold out/)
    assert.equal(completionMessage("Cart has no items"), "Cart has no items")
    assert.match(completionMessage(undefined), /could not be placed/)
  })
})

describe("paymentMethod", () => {
  it("offers the system provider as a bank transfer, saying what happens next and never calling it a test", () => {
    const method = paymentMethod("pp_system_default")
    assert.equal(method.label, "Bank transfer")
    assert.match(method.description ?? "", /within 14 days/)
    assert.match(method.description ?? "", /order number/)
    assert.match(method.description ?? "", /ship as soon as your payment arrives/)
    assert.doesNotMatch(`${method.label} ${method.description}`, /test|invoice/i)
  })
  it("calls Stripe a card payment", () => {
    assert.equal(paymentMethod("pp_stripe_stripe").label, "Card")
  })
})

describe("awaitsBankTransfer", () => {
  it("is true for a bank transfer until the owner has captured the money", () => {
    assert.equal(awaitsBankTransfer({ providerId: "pp_system_default", status: "authorized" }), true)
    assert.equal(awaitsBankTransfer({ providerId: "pp_system_default", status: "captured" }), false)
    assert.equal(awaitsBankTransfer({ providerId: "pp_system_default", status: "canceled" }), false)
    assert.equal(awaitsBankTransfer({ providerId: "pp_stripe_stripe", status: "authorized" }), false)
    assert.equal(awaitsBankTransfer({ providerId: null, status: "" }), false)
  })
})
