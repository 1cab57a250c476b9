import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { isNotFound, storeFetch } from "./fetch"
import { toOrder } from "./shape"
import type { Order } from "./types"

const ORDER_FIELDS = "*items,*shipping_address,*billing_address,*shipping_methods,+display_id,+status"

/** How the order was paid and whether the money has arrived: for the bank transfer instructions. */
const PAYMENT_FIELDS = "+payment_status,*payment_collections.payments"

export async function listOrders(): Promise<Order[]> {
  const { orders } = await storeFetch<HttpTypes.StoreOrderListResponse>("/store/orders", {
    query: { fields: `${ORDER_FIELDS},${PAYMENT_FIELDS}`, order: "-created_at", limit: 50 },
    auth: true,
  })
  return orders.map(toOrder)
}

/** An order by id: the id itself is the guest's proof, as on Medusa's own order page. */
export async function getOrder(id: string): Promise<Order | null> {
  try {
    const { order } = await storeFetch<HttpTypes.StoreOrderResponse>(`/store/orders/${id}`, {
      query: { fields: `${ORDER_FIELDS},${PAYMENT_FIELDS}` },
      auth: true,
    })
    return toOrder(order)
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}
