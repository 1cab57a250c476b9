import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { completionMessage, offeredInStorefront } from "./checkout-rules"

describe("offeredInStorefront", () => {
  it("offers the providers the payment step can complete, not yet Stripe", () => {
    assert.equal(offeredInStorefront("pp_stripe_stripe"), false)
    assert.equal(offeredInStorefront("pp_system_default"), true)
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
