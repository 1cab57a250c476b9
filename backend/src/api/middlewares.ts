/**
 * The backend's one middlewares file.
 *
 * Stripe's webhook is refused with 400 unless Stripe signed it (see hooks/payment).
 * Cart line item quantities must be whole numbers up to 100 (see store/carts).
 *
 * POST /store/search answers only for the indexes opted in here. Products are further
 * narrowed by Medusa to `status = published` and the publishable key's sales channels
 * (our product index declares both fields filterable); the post index only ever holds
 * published, non-draft posts.
 */
import { configureStoreSearch, defineMiddlewares } from "@medusajs/framework/http"
import { verifyStripeSignature } from "./hooks/payment/verify-stripe-signature"
import { validateLineItemQuantityChange, validateNewLineItemQuantity } from "./store/carts/quantity-rules"

export default defineMiddlewares({
  routes: [
    {
      matcher: "/store/carts/:id/line-items",
      method: ["POST"],
      middlewares: [validateNewLineItemQuantity],
    },
    {
      matcher: "/store/carts/:id/line-items/:line_id",
      method: ["POST"],
      middlewares: [validateLineItemQuantityChange],
    },
    {
      matcher: "/hooks/payment/stripe_stripe",
      method: ["POST"],
      bodyParser: { preserveRawBody: true },
      middlewares: [verifyStripeSignature],
    },
    {
      matcher: "/store/search",
      method: ["POST"],
      middlewares: [
        configureStoreSearch({
          allowed_indexes: {
            product: true,
            post: true,
          },
        }),
      ],
    },
  ],
})
