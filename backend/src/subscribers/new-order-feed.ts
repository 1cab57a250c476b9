/**
 * Every placed order shows in the admin's notification feed ("New order #12", total and email).
 * When servers and a worker are split (MEDUSA_WORKER_MODE), only the worker runs subscribers:
 * `handled_by` records which process did, which is how the cluster tests check that each
 * order.placed is handled once, by the worker.
 */
import { hostname } from "node:os"
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

export default async function announceNewOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "email", "total", "currency_code"],
    filters: { id: event.data.id },
  })
  const order = data[0]
  if (!order) return
  const total = new Intl.NumberFormat("en", { style: "currency", currency: order.currency_code }).format(Number(order.total))
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    // An empty recipient is the whole admin team's feed.
    to: "",
    channel: "feed",
    template: "admin-ui",
    trigger_type: event.name,
    resource_id: order.id,
    resource_type: "order",
    data: {
      title: `New order #${order.display_id}`,
      description: `${total} from ${order.email ?? "a guest"}`,
      handled_by: process.env.SHOP_INSTANCE || `${hostname()}:${process.pid}`,
    },
  })
}

export const config: SubscriberConfig = { event: "order.placed" }
