/**
 * The card checkout's decisions, kept apart from Stripe.js and React so they are unit tested
 * with a fake `confirm`: confirm the PaymentIntent with Stripe first, place the order in
 * Medusa only once Stripe says the money is authorised.
 */

/** The part of Stripe.js's confirmPayment result the checkout reads. */
export type ConfirmResult = {
  paymentIntent?: { status: string }
  error?: { message?: string; payment_intent?: { status: string } }
}

export type PaymentOutcome = { ok: true } | { ok: false; message: string }

/**
 * Manual capture leaves an authorised card at requires_capture; succeeded covers methods that
 * capture at once. Medusa authorises its session from either, so the order can be placed.
 */
const AUTHORISED = new Set(["requires_capture", "succeeded"])

export const CONFIRM_FAILED_MESSAGE =
  "We could not reach the payment service, so nothing was charged and no order was placed. Please check your connection and try again."
const NOT_AUTHORISED_MESSAGE = "Your payment was not completed. Please check your card details or try another card."
const PROCESSING_MESSAGE = "Your bank is still processing the payment. Please wait a moment, then place the order again."

export async function confirmAndPlaceOrder({
  confirm,
  placeOrder,
}: {
  confirm: () => Promise<ConfirmResult>
  placeOrder: () => Promise<PaymentOutcome>
}): Promise<PaymentOutcome> {
  let result: ConfirmResult
  try {
    result = await confirm()
  } catch {
    // Stripe's answer never arrived, so we cannot know the card was authorised: no order.
    return { ok: false, message: CONFIRM_FAILED_MESSAGE }
  }
  // A retry after Medusa failed (say, an item sold out) finds the intent already authorised:
  // Stripe answers with an "unexpected state" error that carries the intent, and the order can go ahead.
  const status = result.paymentIntent?.status ?? result.error?.payment_intent?.status
  if (status && AUTHORISED.has(status)) return placeOrder()
  if (result.error) return { ok: false, message: result.error.message || NOT_AUTHORISED_MESSAGE }
  return { ok: false, message: status === "processing" ? PROCESSING_MESSAGE : NOT_AUTHORISED_MESSAGE }
}

/**
 * Wraps a submit so calls made while one is running share its result instead of starting
 * another: a double click confirms once and places one order. Once settled, it can run again
 * (a declined card may be retried).
 */
export function singleFlight<T>(run: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null
  return () => {
    running ??= run().finally(() => {
      running = null
    })
    return running
  }
}

/**
 * Why a redirect-based payment (a bank page, some 3D Secure flows) brought the customer back to
 * checkout. The return route passes only this code in the URL, never free text, so nobody can
 * make the checkout page say something else by sharing a crafted link.
 */
export type PaymentReturnNotice = "declined" | "processing" | "not-placed"

const RETURN_MESSAGES: Record<PaymentReturnNotice, string> = {
  declined: "Your payment was declined or cancelled. Please try again or use another card.",
  processing: "Your bank is still processing the payment. We will email you when your order is confirmed.",
  "not-placed": "Your payment went through but the order could not be placed yet. Please try placing it again.",
}

/** What the return route does with Stripe's redirect_status: only a succeeded payment completes the cart. */
export function afterPaymentRedirect(redirectStatus: string | null): { complete: true } | { complete: false; notice: PaymentReturnNotice } {
  if (redirectStatus === "succeeded") return { complete: true }
  if (redirectStatus === "processing") return { complete: false, notice: "processing" }
  return { complete: false, notice: "declined" }
}

function isPaymentReturnNotice(value: string): value is PaymentReturnNotice {
  return Object.hasOwn(RETURN_MESSAGES, value)
}

export function paymentReturnMessage(notice: string | undefined): string | undefined {
  return notice && isPaymentReturnNotice(notice) ? RETURN_MESSAGES[notice] : undefined
}
