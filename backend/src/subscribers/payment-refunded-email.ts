/**
 * Tells the buyer about a refund: how much, and why when the owner gave a reason or a note.
 * Medusa's event names the payment only, so each of its refunds not yet emailed is (one email per refund).
 */
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { orderUrl, sendEmail, storefrontUrl } from "../lib/emails"

/** The fields asked for below, typed loosely enough for Medusa's generated query types (.medusa/types) and for none. */
type RefundedPayment = {
  id: string
  currency_code: string
  refunds: ({ id: string; amount: number; note: string | null; refund_reason: { label: string } | null } | null)[]
  payment_collection: {
    order: { id: string; display_id: string | number | null; email: string | null; currency_code: string; customer: { has_account: boolean } | null } | null
  } | null
}

export default async function sendRefundEmails({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment",
    fields: [
      "id",
      "currency_code",
      "refunds.id",
      "refunds.amount",
      "refunds.note",
      "refunds.refund_reason.label",
      "payment_collection.order.id",
      "payment_collection.order.display_id",
      "payment_collection.order.email",
      "payment_collection.order.currency_code",
      "payment_collection.order.customer.has_account",
    ],
    filters: { id: event.data.id },
  })
  const payment: RefundedPayment | undefined = data[0]
  const order = payment?.payment_collection?.order
  if (!payment || !order?.email) return

  for (const refund of payment.refunds) {
    if (!refund) continue
    await sendEmail(container, {
      to: order.email,
      template: "refund-created",
      data: {
        shopUrl: storefrontUrl(),
        orderUrl: orderUrl(order),
        displayId: Number(order.display_id),
        amount: Number(refund.amount),
        currency: payment.currency_code,
        reason: refund.refund_reason?.label ?? null,
        note: refund.note?.trim() || null,
      },
      idempotencyKey: `refund-created:${refund.id}`,
      triggerType: event.name,
      resourceId: order.id,
      resourceType: "order",
    })
  }
}

export const config: SubscriberConfig = { event: "payment.refunded" }
