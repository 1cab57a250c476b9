import assert from "node:assert/strict"
import { test } from "node:test"
import { orderStatus } from "./order-status"

const card = (status: string) => ({ providerId: "pp_stripe_stripe", status })
const bankTransfer = (status: string) => ({ providerId: "pp_system_default", status })

test("an order's status names its delivery, and money only when it needs the customer's attention", () => {
  assert.equal(orderStatus({ status: "pending", payment: card("authorized"), fulfillmentStatus: "not_fulfilled" }), "Being prepared")
  assert.equal(orderStatus({ status: "pending", payment: card("captured"), fulfillmentStatus: "shipped" }), "Shipped")
  assert.equal(orderStatus({ status: "pending", payment: card("partially_refunded"), fulfillmentStatus: "shipped" }), "Shipped, partly refunded")
  assert.equal(orderStatus({ status: "pending", payment: bankTransfer("authorized"), fulfillmentStatus: "not_fulfilled" }), "Being prepared, awaiting payment")
  assert.equal(orderStatus({ status: "pending", payment: bankTransfer("captured"), fulfillmentStatus: "delivered" }), "Delivered")
  assert.equal(orderStatus({ status: "canceled", payment: card("refunded"), fulfillmentStatus: "not_fulfilled" }), "Cancelled")
})
