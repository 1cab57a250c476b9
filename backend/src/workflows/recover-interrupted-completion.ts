import { createWorkflow, transform, when, type WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, deleteReservationsByLineItemsStep, releaseLockStep, updateCartsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { softDeleteOrdersStep } from "./steps/soft-delete-orders"

export const recoverInterruptedCompletionWorkflowId = "recover-interrupted-completion"

export type RecoverInterruptedCompletionInput = { cart_id: string }

/**
 * The cart and orders as this workflow reads them (nullable where Medusa's generated Query
 * types say so). A cart's `order` is the order its completion made and linked.
 */
type CompletingCart = { id: string; email: string | null; created_at: Date | string; metadata: Record<string, unknown> | null; order?: { id: string } | null }
type CandidateOrder = { id: string; metadata: Record<string, unknown> | null; items?: ({ id: string } | null)[] | null }

/** The cart's id in its metadata: Medusa copies a cart's metadata onto the order it creates. */
const isMarked = (cart: CompletingCart) => cart.metadata?.cart_id === cart.id

/**
 * Medusa's completeCartWorkflow creates the order first and links it to the cart in a later
 * step. A server killed between the two leaves an order that no cart points to, and the
 * customer's retry makes a second one. So before a completion:
 *
 * - the cart's id goes into its metadata, which Medusa copies onto the order it creates;
 * - orders carrying that id but not linked to the cart are leftovers of an interrupted
 *   completion: they are deleted, with their stock reservations, so the retry makes the one order.
 *
 * Under the cart's lock, the one completeCartWorkflow takes, so it never sees the order of a
 * completion that is still running. Should a step fail, the ones before it are undone: the
 * reservations come back, the lock is released.
 */
export const recoverInterruptedCompletionWorkflow = createWorkflow(
  recoverInterruptedCompletionWorkflowId,
  (input: WorkflowData<RecoverInterruptedCompletionInput>) => {
    // completeCartWorkflow's own timeout and time-to-live for this lock.
    acquireLockStep({ key: input.cart_id, timeout: 30, ttl: 120 })

    const { data: carts } = useQueryGraphStep({
      entity: "cart",
      fields: ["id", "email", "created_at", "metadata", "order.id"],
      filters: { id: input.cart_id },
    }).config({ name: "find-completing-cart" })
    // A missing cart is Medusa's 404; a linked order means the cart is complete and Medusa returns it.
    const cart = transform({ carts }, ({ carts }): CompletingCart | undefined => {
      const found: CompletingCart | undefined = carts[0]
      return found && !found.order ? found : undefined
    })

    // In the branches below `cart` is defined: their conditions say so.
    when("mark-cart-for-completion", { cart }, ({ cart }) => !!cart && !isMarked(cart)).then(() => {
      const update = transform({ cart }, ({ cart }) => [{ id: cart!.id, metadata: { ...cart!.metadata, cart_id: cart!.id } }])
      updateCartsStep(update)
    })

    // Metadata is not a filter Query offers: narrow down by email and date, then read it.
    const candidates = when("cart-marked-for-completion", { cart }, ({ cart }) => !!cart && isMarked(cart)).then(() => {
      const { data } = useQueryGraphStep({
        entity: "order",
        fields: ["id", "metadata", "items.id"],
        filters: transform({ cart }, ({ cart }) => ({ email: cart!.email, created_at: { $gte: cart!.created_at } })),
      }).config({ name: "find-orders-of-completing-cart" })
      return data
    })
    const leftovers = transform({ candidates, input }, ({ candidates, input }) => {
      const found: CandidateOrder[] = candidates ?? []
      const orders = found.filter((order) => order.metadata?.cart_id === input.cart_id)
      return {
        order_ids: orders.map((order) => order.id),
        line_item_ids: orders.flatMap((order) => (order.items ?? []).flatMap((item) => (item ? [item.id] : []))),
      }
    })

    when("interrupted-completion-left-orders", { leftovers }, ({ leftovers }) => leftovers.order_ids.length > 0).then(() => {
      deleteReservationsByLineItemsStep(leftovers.line_item_ids)
      softDeleteOrdersStep(leftovers.order_ids)
    })

    releaseLockStep({ key: input.cart_id })
    return new WorkflowResponse({ removed_order_ids: leftovers.order_ids })
  }
)
