/**
 * Sends again the emails whose sending failed (the SMTP server was down, say): the Notification
 * Module records each attempt's status, and sends again a failed notification given its
 * idempotency key anew. A day's failures are retried; older ones are left for the owner to see.
 */
import type { CreateNotificationDTO, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, NotificationStatus } from "@medusajs/framework/utils"

type FailedEmail = Required<Pick<CreateNotificationDTO, "to" | "channel" | "template" | "data" | "trigger_type" | "resource_id" | "resource_type" | "receiver_id" | "idempotency_key">> & { id: string }

const RETRY_FOR_MS = 24 * 60 * 60 * 1000

export default async function retryFailedEmails(container: MedusaContainer) {
  const notifications = container.resolve(Modules.NOTIFICATION)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "notification",
    fields: ["id", "to", "channel", "template", "data", "trigger_type", "resource_id", "resource_type", "receiver_id", "idempotency_key"],
    filters: { channel: "email", status: NotificationStatus.FAILURE, created_at: { $gte: new Date(Date.now() - RETRY_FOR_MS).toISOString() } },
    pagination: { take: 100, order: { created_at: "ASC" } },
  })
  const failed: FailedEmail[] = data
  for (const notification of failed) {
    if (!notification.idempotency_key) continue
    // With the failed notification's own id: Medusa records the new attempt's outcome under the
    // id it is given, and would otherwise make up one it never stored.
    try {
      await notifications.createNotifications(notification)
      logger.info(`email "${notification.template}" to ${notification.to} sent on retry`)
    } catch (error) {
      logger.warn(`email "${notification.template}" to ${notification.to} failed again: ${error instanceof Error ? error.message : error}`)
    }
  }
}

export const config = {
  name: "retry-failed-emails",
  // Every minute; the tests retry sooner (EMAIL_RETRY_SCHEDULE).
  schedule: process.env.EMAIL_RETRY_SCHEDULE || "* * * * *",
}
