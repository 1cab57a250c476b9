/**
 * The shop's emails, by the template name a notification carries: each renders its data (stored
 * on the notification by the subscriber that created it) to a subject, HTML and plain text.
 */
import { render, toPlainText } from "@react-email/render"
import { createElement, type ReactElement } from "react"
import { CustomerWelcomeEmail, customerWelcomeSubject, type CustomerWelcomeEmailData } from "./customer-welcome"
import { OrderPlacedEmail, orderPlacedSubject, type OrderPlacedEmailData } from "./order-placed"
import { PasswordResetEmail, passwordResetSubject, type PasswordResetEmailData } from "./password-reset"
import { RefundCreatedEmail, refundCreatedSubject, type RefundCreatedEmailData } from "./refund-created"
import { ShipmentCreatedEmail, shipmentCreatedSubject, type ShipmentCreatedEmailData } from "./shipment-created"

export type EmailData = {
  "order-placed": OrderPlacedEmailData
  "shipment-created": ShipmentCreatedEmailData
  "refund-created": RefundCreatedEmailData
  "password-reset": PasswordResetEmailData
  "customer-welcome": CustomerWelcomeEmailData
}
export type EmailTemplate = keyof EmailData

const templates: { [T in EmailTemplate]: { subject: (data: EmailData[T]) => string; body: (data: EmailData[T]) => ReactElement } } = {
  "order-placed": { subject: orderPlacedSubject, body: (data) => createElement(OrderPlacedEmail, data) },
  "shipment-created": { subject: shipmentCreatedSubject, body: (data) => createElement(ShipmentCreatedEmail, data) },
  "refund-created": { subject: refundCreatedSubject, body: (data) => createElement(RefundCreatedEmail, data) },
  "password-reset": { subject: passwordResetSubject, body: (data) => createElement(PasswordResetEmail, data) },
  "customer-welcome": { subject: customerWelcomeSubject, body: (data) => createElement(CustomerWelcomeEmail, data) },
}

const isEmailTemplate = (name: string): name is EmailTemplate => name in templates

/** Headings as written: html-to-text would shout them in capitals. */
const PLAIN_TEXT_HEADINGS = ["h1", "h2", "h3"].map((selector) => ({ selector, options: { uppercase: false } }))

export type RenderedEmail = { subject: string; html: string; text: string }

export async function renderEmail(template: string, data: Record<string, unknown>): Promise<RenderedEmail> {
  if (!isEmailTemplate(template)) throw new Error(`No email template "${template}"`)
  return renderTemplate(template, data as EmailData[typeof template])
}

async function renderTemplate<T extends EmailTemplate>(template: T, data: EmailData[T]): Promise<RenderedEmail> {
  const { subject, body } = templates[template]
  const html = await render(body(data))
  return { subject: subject(data), html, text: toPlainText(html, { selectors: PLAIN_TEXT_HEADINGS }) }
}
