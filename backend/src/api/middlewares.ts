/**
 * The backend's one middlewares file.
 *
 * Stripe's webhook is refused with 400 unless Stripe signed it (see hooks/payment).
 * Cart line item quantities must be whole numbers up to 100, and a line item is only removed
 * through the cart it is in (see store/carts). Completing a cart first clears what a
 * completion interrupted by a crash left behind (see store/carts/interrupted-completion).
 * `limit` and `offset` on Store API lists must be whole numbers from 0 (see store/pagination-rules).
 * Store and auth requests with a NUL character anywhere, or a field named like an object
 * built-in (`toString`, `__proto__`), are refused (see unsafe-input),
 * and so are URLs that are not correctly percent-encoded (see error-handler).
 * Cart promotions and payment sessions answer 404 for a cart or collection that does not
 * exist (see store/require-existing).
 *
 * A customer's order shows the tracking number and link the owner entered when marking a
 * fulfillment shipped: Medusa's Store API leaves a fulfillment's labels out unless allowed.
 *
 * POST /store/search answers only for the indexes opted in here. Products are further
 * narrowed by Medusa to `status = published` and the publishable key's sales channels
 * (our product index declares both fields filterable); the post index only ever holds
 * published, non-draft posts.
 */
import { allowFields, configureStoreSearch, defineMiddlewares } from "@medusajs/framework/http"
import { shopErrorHandler } from "./error-handler"
import { verifyStripeSignature } from "./hooks/payment/verify-stripe-signature"
import { rejectUnsafeInput } from "./unsafe-input"
import { recoverInterruptedCompletion } from "./store/carts/interrupted-completion"
import { requireLineItemInCart } from "./store/carts/line-item-ownership"
import { validateLineItemQuantityChange, validateNewLineItemQuantity } from "./store/carts/quantity-rules"
import { validatePagination } from "./store/pagination-rules"
import { requireExisting } from "./store/require-existing"

export default defineMiddlewares({
  errorHandler: shopErrorHandler,
  routes: [
    {
      matcher: "/store/*",
      middlewares: [rejectUnsafeInput],
    },
    {
      matcher: "/auth/*",
      middlewares: [rejectUnsafeInput],
    },
    {
      matcher: "/store/*",
      method: ["GET"],
      middlewares: [validatePagination],
    },
    {
      // Global (no method): Medusa reads the allowed fields before method-scoped middlewares run.
      matcher: "/store/orders*",
      middlewares: [allowFields("fulfillments.labels", "fulfillments.labels.tracking_number", "fulfillments.labels.tracking_url")],
    },
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
      matcher: "/store/carts/:id/line-items/:line_id",
      method: ["DELETE"],
      middlewares: [requireLineItemInCart],
    },
    {
      matcher: "/store/carts/:id/complete",
      method: ["POST"],
      middlewares: [recoverInterruptedCompletion],
    },
    {
      matcher: "/store/carts/:id/promotions",
      method: ["POST", "DELETE"],
      middlewares: [requireExisting("cart", "Cart")],
    },
    {
      matcher: "/store/payment-collections/:id/payment-sessions",
      method: ["POST"],
      middlewares: [requireExisting("payment_collection", "Payment collection")],
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
