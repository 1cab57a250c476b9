/** Tells the buyer what has shipped, how, and its tracking, when the owner marks a fulfillment shipped. */
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { countryName } from "../emails/format"
import { addressLines, orderUrl, sendEmail, storefrontUrl } from "../lib/emails"

/** The fields asked for below, typed loosely enough for Medusa's generated query types (.medusa/types) and for none. */
type ShippedFulfillment = {
  id: string
  items: { line_item_id: string | null; title: string; quantity: number }[]
  labels: { tracking_number: string; tracking_url: string | null }[]
  order: {
    id: string
    display_id: string | number | null
    email: string | null
    currency_code: string
    customer: { has_account: boolean } | null
    shipping_address: object | null
    shipping_methods: ({ name: string } | null)[] | null
    items: ({ id: string; product_title: string | null; variant_title: string | null } | null)[] | null
  } | null
}

export default async function sendShipmentCreatedEmail({ event, container }: SubscriberArgs<{ id: string; no_notification?: boolean }>) {
  // The owner may ship without telling the customer ("Send notification" off in the admin).
  if (event.data.no_notification) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "fulfillment",
    fields: [
      "id",
      "items.line_item_id",
      "items.title",
      "items.quantity",
      "labels.tracking_number",
      "labels.tracking_url",
      "order.id",
      "order.display_id",
      "order.email",
      "order.currency_code",
      "order.customer.has_account",
      "order.shipping_address.*",
      "order.shipping_methods.name",
      "order.items.id",
      "order.items.product_title",
      "order.items.variant_title",
    ],
    filters: { id: event.data.id },
  })
  const fulfillment: ShippedFulfillment | undefined = data[0]
  const order = fulfillment?.order
  if (!fulfillment || !order?.email) return

  const lines = new Map((order.items ?? []).flatMap((line) => (line ? [[line.id, line] as const] : [])))
  await sendEmail(container, {
    to: order.email,
    template: "shipment-created",
    data: {
      shopUrl: storefrontUrl(),
      orderUrl: orderUrl(order),
      displayId: Number(order.display_id),
      items: fulfillment.items.map((item) => {
        const line = item.line_item_id ? lines.get(item.line_item_id) : undefined
        return { title: line?.product_title ?? item.title, variantTitle: line?.variant_title ?? "", quantity: Number(item.quantity) }
      }),
      shippingMethod: order.shipping_methods?.[0]?.name ?? null,
      tracking: fulfillment.labels
        .filter((label) => label.tracking_number)
        .map((label) => ({ number: label.tracking_number, url: label.tracking_url || null })),
      shippingAddress: addressLines(order.shipping_address, countryName),
    },
    idempotencyKey: `shipment-created:${fulfillment.id}`,
    triggerType: event.name,
    resourceId: order.id,
    resourceType: "order",
  })
}

export const config: SubscriberConfig = { event: "shipment.created" }
