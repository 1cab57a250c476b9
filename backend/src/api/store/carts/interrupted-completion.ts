import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/**
 * Medusa's completeCartWorkflow creates the order first and links it to the cart in a later
 * step. A server killed between the two leaves an order that no cart points to, and the
 * customer's retry makes a second one. So before a completion:
 *
 * - the cart's id goes into its metadata, which Medusa copies onto the order it creates;
 * - orders carrying that id but not linked to the cart are leftovers of an interrupted
 *   completion: they are deleted, with their stock reservations, so the retry makes the one order.
 *
 * This runs under the cart's lock, the one completeCartWorkflow takes, so it never sees the
 * order of a completion that is still running.
 */
export async function recoverInterruptedCompletion(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const cartId = req.params.id
  try {
    const locking = req.scope.resolve(Modules.LOCKING)
    await locking.execute(cartId, async () => {
      const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
      const { data: carts } = await query.graph({
        entity: "cart",
        fields: ["id", "email", "created_at", "metadata", "order.id"],
        filters: { id: cartId },
      })
      const cart = carts[0]
      // A missing cart is Medusa's 404; a linked order means the cart is complete and Medusa returns it.
      if (!cart || cart.order) return
      if (cart.metadata?.cart_id !== cartId) {
        await req.scope.resolve(Modules.CART).updateCarts(cartId, { metadata: { ...cart.metadata, cart_id: cartId } })
        return
      }
      // Metadata is not a filter Query offers: narrow down by email and date, then read it.
      const { data: candidates } = await query.graph({
        entity: "order",
        fields: ["id", "metadata", "items.id"],
        filters: { email: cart.email, created_at: { $gte: cart.created_at } },
      })
      const leftovers = candidates.filter((order) => order.metadata?.cart_id === cartId)
      if (!leftovers.length) return
      const lineItemIds = leftovers.flatMap((order) => order.items?.map((item) => item?.id).filter((id): id is string => Boolean(id)) ?? [])
      if (lineItemIds.length) await req.scope.resolve(Modules.INVENTORY).deleteReservationItemsByLineItem(lineItemIds)
      await req.scope.resolve(Modules.ORDER).softDeleteOrders(leftovers.map((order) => order.id))
      req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`Cart ${cartId}: removed ${leftovers.length} order(s) left by an interrupted completion`)
      // As long as completeCartWorkflow waits for the same lock.
    }, { timeout: 30 })
    next()
  } catch (error) {
    next(error)
  }
}
