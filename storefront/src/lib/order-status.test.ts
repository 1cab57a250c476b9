import assert from "node:assert/strict"
import { test } from "node:test"
import { orderStatus } from "./order-status"

test("an order's status names its delivery, and money matters only when it needs the customer's attention", () => {
  assert.equal(orderStatus({ status: "pending", paymentStatus: "authorized", fulfillmentStatus: "not_fulfilled" }), "Being prepared")
  assert.equal(orderStatus({ status: "pending", paymentStatus: "captured", fulfillmentStatus: "shipped" }), "Shipped")
  assert.equal(orderStatus({ status: "pending", paymentStatus: "partially_refunded", fulfillmentStatus: "shipped" }), "Shipped, partly refunded")
  assert.equal(orderStatus({ status: "pending", paymentStatus: "not_paid", fulfillmentStatus: "not_fulfilled" }), "Being prepared, awaiting payment")
  assert.equal(orderStatus({ status: "canceled", paymentStatus: "refunded", fulfillmentStatus: "not_fulfilled" }), "Cancelled")
})
