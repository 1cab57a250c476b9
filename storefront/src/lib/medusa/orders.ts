import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { ORDER_FIELDS } from "@stillpoint/shop-contracts"
import { isNotFound, storeFetch, storePath } from "./fetch"
import { toOrder } from "./shape"
import type { Order } from "./types"

export async function listOrders(): Promise<Order[]> {
  const { orders } = await storeFetch<HttpTypes.StoreOrderListResponse>("/store/orders", {
    query: { fields: ORDER_FIELDS, order: "-created_at", limit: 50 },
    auth: true,
  })
  return orders.map(toOrder)
}

/** An order by id: the id itself is the guest's proof, as on Medusa's own order page. */
export async function getOrder(id: string): Promise<Order | null> {
  try {
    const { order } = await storeFetch<HttpTypes.StoreOrderResponse>(storePath`/store/orders/${id}`, {
      query: { fields: ORDER_FIELDS },
      auth: true,
    })
    return toOrder(order)
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}
