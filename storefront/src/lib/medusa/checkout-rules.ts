/** Checkout decisions that need no backend: pure, so they are unit tested. */

/**
 * A card payment needs Stripe's Payment Element in the browser, which needs the
 * publishable key; without it the Stripe provider is not offered (orders would stall).
 */
export function offeredInStorefront(providerId: string, stripeKeyConfigured: boolean): boolean {
  return !providerId.startsWith("pp_stripe") || stripeKeyConfigured
}

/** Medusa's completion errors name internal ids; the customer gets a sentence they can act on. */
export function completionMessage(raw: string | undefined): string {
  if (!raw) return "The order could not be placed. Please try again."
  if (/not authorized|authoriz/i.test(raw)) return "Your payment was not authorised. Please check your payment details or choose another way to pay."
  if (/inventory|stock/i.test(raw)) return "Some items in your cart have just sold out. Please review your cart."
  return raw
}
