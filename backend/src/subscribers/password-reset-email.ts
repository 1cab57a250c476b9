/**
 * A password reset link: a customer's to the storefront's reset page (which sends them on to
 * their region), an admin user's to the admin's own.
 */
import { createHash } from "node:crypto"
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { backendUrl, sendEmail, storefrontUrl } from "../lib/emails"

type PasswordReset = { entity_id: string; actor_type: string; token: string }

export default async function sendPasswordResetEmail({ event, container }: SubscriberArgs<PasswordReset>) {
  const { entity_id: email, actor_type: actorType, token } = event.data
  if (actorType !== "customer" && actorType !== "user") return
  const resetPage = actorType === "customer" ? `${storefrontUrl()}/account/reset-password` : `${backendUrl()}/app/reset-password`
  const resetUrl = `${resetPage}?${new URLSearchParams({ token, email })}`
  await sendEmail(container, {
    to: email,
    template: "password-reset",
    data: { shopUrl: storefrontUrl(), resetUrl, actorType },
    // Each request has its own token: one email per token.
    idempotencyKey: `password-reset:${createHash("sha256").update(token).digest("hex")}`,
    triggerType: event.name,
    resourceType: actorType,
  })
}

export const config: SubscriberConfig = { event: "auth.password_reset" }
