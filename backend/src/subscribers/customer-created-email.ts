/** A short welcome to a customer who created an account (a guest's checkout creates a customer too, without one). */
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendEmail, storefrontUrl } from "../lib/emails"

type CreatedCustomer = { id: string; email: string | null; first_name: string | null; has_account: boolean }

export default async function sendCustomerWelcomeEmail({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id", "email", "first_name", "has_account"],
    filters: { id: event.data.id },
  })
  const customer: CreatedCustomer | undefined = data[0]
  if (!customer?.has_account || !customer.email) return
  await sendEmail(container, {
    to: customer.email,
    template: "customer-welcome",
    data: { shopUrl: storefrontUrl(), accountUrl: `${storefrontUrl()}/account`, firstName: customer.first_name?.trim() || null },
    idempotencyKey: `customer-welcome:${customer.id}`,
    triggerType: event.name,
    resourceId: customer.id,
    resourceType: "customer",
    receiverId: customer.id,
  })
}

export const config: SubscriberConfig = { event: "customer.created" }
