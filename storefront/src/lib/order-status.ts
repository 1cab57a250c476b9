import type { Order } from "./medusa/types"

/** Where an order is, in the words a customer reads in their account: delivery first, then money. */
export function orderStatus(order: Pick<Order, "status" | "paymentStatus" | "fulfillmentStatus">): string {
  if (order.status === "canceled") return "Cancelled"
  const delivery: Record<string, string> = {
    not_fulfilled: "Being prepared",
    partially_fulfilled: "Being prepared",
    fulfilled: "Packed, ready to ship",
    partially_shipped: "Partly shipped",
    shipped: "Shipped",
    partially_delivered: "Partly delivered",
    delivered: "Delivered",
  }
  const payment: Record<string, string> = {
    not_paid: "awaiting payment",
    awaiting: "awaiting payment",
    requires_action: "awaiting payment",
    partially_refunded: "partly refunded",
    refunded: "refunded",
  }
  const parts = [delivery[order.fulfillmentStatus] ?? "Being prepared", payment[order.paymentStatus]].filter(Boolean)
  return parts.join(", ")
}
