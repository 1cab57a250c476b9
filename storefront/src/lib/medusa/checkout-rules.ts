/** Checkout decisions that need no backend: pure, so they are unit tested. */

/**
 * Card payments need Stripe's Payment Element in the payment step, which is not built yet
 * (the backend side of Stripe is). Until it is, the storefront offers only providers it can
 * complete, so a shop with STRIPE_API_KEY set never shows a card option that would stall.
 */
export function offeredInStorefront(providerId: string): boolean {
  return !providerId.startsWith("pp_stripe")
}

/** Medusa's completion errors name internal ids; the customer gets a sentence they can act on. */
export function completionMessage(raw: string | undefined): string {
  if (!raw) return "The order could not be placed. Please try again."
  if (/not authorized|authoriz/i.test(raw)) return "Your payment was not authorised. Please check your payment details or choose another way to pay."
  if (/inventory|stock/i.test(raw)) return "Some items in your cart have just sold out. Please review your cart."
  return raw
}
