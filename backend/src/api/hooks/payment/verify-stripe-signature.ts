import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import Stripe from "stripe"

/**
 * Medusa's webhook route accepts every POST and checks Stripe's signature later, in the
 * background. This answers a forged or unsigned call with 400 at the door, as Stripe's
 * own endpoints do, so nothing is queued for it.
 */
export function verifyStripeSignature(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const secret = process.env.STRIPE_WEBHOOK_SECRET
  const signature = req.headers["stripe-signature"]
  if (!secret) {
    res.status(400).json({ type: "invalid_data", message: "Stripe webhooks are not configured: STRIPE_WEBHOOK_SECRET is not set." })
    return
  }
  if (typeof signature !== "string" || !signature) {
    res.status(400).json({ type: "invalid_data", message: "Missing Stripe-Signature header." })
    return
  }
  try {
    Stripe.webhooks.constructEvent(req.rawBody ?? "", signature, secret)
  } catch (error) {
    res.status(400).json({ type: "invalid_data", message: `Invalid Stripe signature: ${(error as Error).message}` })
    return
  }
  next()
}
