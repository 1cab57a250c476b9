/** Checkout decisions that need no backend: pure, so they are unit tested. */
import { BANK_TRANSFER, BANK_TRANSFER_PROVIDER } from "@stillpoint/shop-contracts"
import type { OrderPayment, PaymentMethod } from "./types"

export function isStripeProvider(providerId: string): boolean {
  return providerId.startsWith("pp_stripe")
}

/**
 * Stripe's Payment Element needs the publishable key, which Next inlines at build time. A build
 * without it cannot take cards, so it offers only the other providers rather than a card option
 * that would stall (the test stack builds the storefront this way while its backend has Stripe).
 */
export function offeredInStorefront(providerId: string, stripeKey = process.env.NEXT_PUBLIC_STRIPE_KEY): boolean {
  return !isStripeProvider(providerId) || Boolean(stripeKey)
}

/** Medusa's completion errors name internal ids; the customer gets a sentence they can act on. */
export function completionMessage(raw: string | undefined): string {
  if (!raw) return "The order could not be placed. Please try again."
  if (/not authorized|authoriz/i.test(raw)) return "Your payment was not authorised. Please check your payment details or choose another way to pay."
  if (/inventory|stock/i.test(raw)) return "Some items in your cart have just sold out. Please review your cart."
  return raw
}

/** A provider as the checkout offers it to the customer. */
export function paymentMethod(providerId: string): PaymentMethod {
  if (providerId === BANK_TRANSFER_PROVIDER) {
    return {
      id: providerId,
      label: "Bank transfer",
      description:
        `Your order is confirmed straight away and you get our bank details. Pay within ${BANK_TRANSFER.paymentDays} days, ` +
        "quoting your order number. We ship as soon as your payment arrives.",
    }
  }
  if (isStripeProvider(providerId)) return { id: providerId, label: "Card" }
  return { id: providerId, label: providerId }
}

/** Paid by bank transfer, and the money has not arrived yet (the owner has not captured it). */
export function awaitsBankTransfer(payment: OrderPayment): boolean {
  return payment.providerId === BANK_TRANSFER_PROVIDER && ["not_paid", "awaiting", "authorized", "partially_authorized"].includes(payment.status)
}
