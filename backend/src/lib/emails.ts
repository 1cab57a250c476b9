/** What the email subscribers share: sending once per key, and the shop's addresses. */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { regionForCurrency } from "@stillpoint/shop-contracts"
import type { EmailData, EmailTemplate } from "../emails"

export const storefrontUrl = () => (process.env.STOREFRONT_URL || "http://localhost:8000").replace(/\/$/, "")
export const backendUrl = () => (process.env.MEDUSA_BACKEND_URL || `http://localhost:${process.env.PORT || 9000}`).replace(/\/$/, "")


/**
 * Where the buyer sees an order: their account's order page when they have an account; else the
 * order's confirmation page, where the order id itself is the guest's proof (the storefront has
 * no other guest order lookup).
 */
export function orderUrl(order: { id: string; currency_code: string; customer?: { has_account?: boolean | null } | null }) {
  const region = regionForCurrency(order.currency_code)
  return order.customer?.has_account
    ? `${storefrontUrl()}/${region}/account/orders/${order.id}`
    : `${storefrontUrl()}/${region}/order/${order.id}/confirmed`
}

/** An image for an email: the shop's own (served by the backend) by absolute URL, no one else's. */
export function shopImageUrl(url: string | null | undefined): string | null {
  if (!url) return null
  const absolute = url.startsWith("/") ? `${backendUrl()}${url}` : url
  return absolute.startsWith(`${backendUrl()}/`) ? absolute : null
}

/** An address as the lines of a label. */
export function addressLines(address: object | null | undefined, countryName: (code: string) => string): string[] {
  if (!address) return []
  const fields = new Map(Object.entries(address))
  const text = (key: string) => {
    const value = fields.get(key)
    return typeof value === "string" ? value.trim() : ""
  }
  return [
    [text("first_name"), text("last_name")].filter(Boolean).join(" "),
    text("company"),
    text("address_1"),
    text("address_2"),
    [text("postal_code"), text("city")].filter(Boolean).join(" "),
    countryName(text("country_code")),
  ].filter(Boolean)
}

export type Email<T extends EmailTemplate> = {
  to: string
  template: T
  data: EmailData[T]
  /** One email per key: a redelivered event sends nothing more. */
  idempotencyKey: string
  triggerType: string
  resourceId?: string
  resourceType?: string
  receiverId?: string
}

/**
 * Sends an email through the Notification Module, once per idempotency key. A failed send is
 * logged and stays recorded as failed on the notification, which jobs/retry-failed-emails sends
 * again; it never fails the subscriber, so nothing upstream (an order, a refund) waits or fails.
 */
export async function sendEmail<T extends EmailTemplate>(container: MedusaContainer, email: Email<T>) {
  const notifications = container.resolve(Modules.NOTIFICATION)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  // Medusa would send again for a key whose first attempt failed, but record that attempt under a
  // new id it never created (and fail): a redelivered event leaves the failed one to the retry job.
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: earlier } = await query.graph({ entity: "notification", fields: ["id"], filters: { idempotency_key: email.idempotencyKey } })
  if (earlier.length) return
  try {
    await notifications.createNotifications({
      to: email.to,
      channel: "email",
      template: email.template,
      data: email.data,
      idempotency_key: email.idempotencyKey,
      trigger_type: email.triggerType,
      resource_id: email.resourceId,
      resource_type: email.resourceType,
      receiver_id: email.receiverId,
    })
  } catch (error) {
    logger.warn(`email "${email.template}" to ${email.to} failed, to be retried: ${error instanceof Error ? error.message : error}`)
  }
}
