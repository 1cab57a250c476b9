import { notFound, redirect } from "next/navigation"
import type { NextRequest } from "next/server"
import { paymentSessionReferences } from "@/lib/medusa/checkout"
import { placeOrder } from "@/lib/medusa/place-order"
import { getCartId } from "@/lib/medusa/session"
import { isRegionKey } from "@/lib/region"
import { afterPaymentRedirect } from "@/lib/stripe-payment"

/**
 * Where Stripe sends the customer back after a payment method that leaves the page (a bank's
 * page, a redirect-based 3D Secure). The return comes from another site, so the visitor's
 * cookies come with it, and so they would with a link on any site: the cart is completed
 * only when the `payment_intent` Stripe adds is the cart's own session's, which no other
 * site knows. Trusting redirect_status is then safe: Medusa completes the cart only after
 * asking Stripe itself that the PaymentIntent is authorised. If Stripe's webhook completed
 * the cart first, completion returns that same order.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ region: string }> }) {
  const { region } = await params
  if (!isRegionKey(region)) notFound()
  const checkout = `/${region}/checkout`
  const next = afterPaymentRedirect(request.nextUrl.searchParams.get("redirect_status"))
  if (!next.complete) redirect(`${checkout}?payment=${next.notice}`)

  const cartId = await getCartId()
  // No cart cookie: this return was already handled (say, a reload after the order was placed).
  if (!cartId) redirect(checkout)
  const intent = request.nextUrl.searchParams.get("payment_intent")
  if (!intent || !(await paymentSessionReferences(cartId)).includes(intent)) redirect(checkout)
  let orderId: string | null = null
  try {
    const result = await placeOrder(cartId)
    if (result.ok) orderId = result.orderId
  } catch (error) {
    console.error("Completing the cart after a Stripe redirect failed", error)
  }
  redirect(orderId ? `/${region}/order/${orderId}/confirmed` : `${checkout}?payment=not-placed`)
}
