import { awaitsBankTransfer } from "./medusa/checkout-rules"
import type { Order } from "./medusa/types"

const DELIVERY: Record<string, string> = {
  not_fulfilled: "Being prepared",
  partially_fulfilled: "Being prepared",
  fulfilled: "Packed, ready to ship",
  partially_shipped: "Partly shipped",
  shipped: "Shipped",
  partially_delivered: "Partly delivered",
  delivered: "Delivered",
}

const REFUNDS: Record<string, string> = { partially_refunded: "partly refunded", refunded: "refunded" }

/** Where an order is, in the words a customer reads in their account: delivery first, then money when it needs their attention. */
export function orderStatus(order: Pick<Order, "status" | "payment" | "fulfillmentStatus">): string {
  if (order.status === "canceled") return "Cancelled"
  const money = awaitsBankTransfer(order.payment) ? "awaiting payment" : REFUNDS[order.payment.status]
  return [DELIVERY[order.fulfillmentStatus] ?? "Being prepared", money].filter(Boolean).join(", ")
}
