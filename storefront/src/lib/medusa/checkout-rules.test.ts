import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { completionMessage, offeredInStorefront } from "./checkout-rules"

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
