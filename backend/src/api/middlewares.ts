/**
 * The backend's one middlewares file.
 *
 * Stripe's webhook is refused with 400 unless Stripe signed it, and a webhook for a payment
 * provider the shop does not have with 404 (see hooks/payment).
 * Cart line item quantities must be whole numbers up to 100, and a line item is only removed
 * through the cart it is in (see store/carts). A line's journal attribution is kept only when
 * the post is published and links the product (see store/carts/journal-attribution). Completing a cart first clears what a
 * completion interrupted by a crash left behind (see workflows/recover-interrupted-completion).
 * `limit` and `offset` on Store API lists must be whole numbers from 0.
 * Store, auth and admin requests with a NUL character anywhere, a field named like an object
 * built-in (`toString`, `__proto__`), or nesting past 32 levels are refused (see unsafe-input),
 * and so are URLs that are not correctly percent-encoded (see error-handler).
 * Cart promotions and payment sessions answer 404 for a cart or collection that does not
 * exist (see store/require-existing).
 *
 * A signed-in customer changes the password with the current one (see store/customers/me/password);
 * the new one follows the storefront's rule.
 *
 * Sign-in, registration and password resets are limited per account and per address (see
 * auth/sign-in-limits).
 *
 * A customer's order shows the tracking number and link the owner entered when marking a
 * fulfillment shipped: Medusa's Store API leaves a fulfillment's labels out unless allowed.
 *
 * POST /store/search refuses queries past the shop's length and word limits (see store/search),
 * and answers only for the indexes opted in here. Products are further
 * narrowed by Medusa to `status = published` and the publishable key's sales channels
 * (our product index declares both fields filterable); the post index only ever holds
 * published, non-draft posts.
 */
import {
  allowFields,
  configureStoreSearch,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { StoreAddCartLineItem, StoreUpdateCartLineItem } from "@medusajs/medusa/api/store/carts/validators"
import { ORDER_TRACKING_FIELDS } from "@stillpoint/shop-contracts"
import { limitSignIns } from "./auth/sign-in-limits"
import { shopErrorHandler } from "./error-handler"
import { AdminJournalPeriod } from "./admin/journal/validators"
import { requireConfiguredPaymentProvider } from "./hooks/payment/require-configured-provider"
import { verifyStripeSignature } from "./hooks/payment/verify-stripe-signature"
import { rejectUnsafeInput } from "./unsafe-input"
import { StoreChangeCustomerPassword } from "./store/customers/me/password/validators"
import { recoverInterruptedCompletion } from "./store/carts/interrupted-completion"
import { keepOnlyTrueAttribution } from "./store/carts/journal-attribution"
import { requireLineItemInCart } from "./store/carts/line-item-ownership"
import { requireExisting } from "./store/require-existing"
import { limitSearchQueries } from "./store/search/query-limits"

/**
 * Medusa accepts any positive number as a line item quantity, fractions and millions
 * included. A cushion is bought whole and a shopper never needs more than 100 of one.
 */
const MAX_LINE_ITEM_QUANTITY = 100
const lineItemQuantity = (min: 0 | 1) => z.number().int().min(min).max(MAX_LINE_ITEM_QUANTITY)

// Medusa's own validators of these routes with the shop's quantity rule; Medusa's run as well.
const StoreAddShopLineItem = StoreAddCartLineItem.extend({ quantity: lineItemQuantity(1) })
/** 0 removes the line item. */
const StoreUpdateShopLineItem = StoreUpdateCartLineItem.extend({ quantity: lineItemQuantity(0) })

/**
 * Medusa's list routes pass `limit` and `offset` straight to PostgreSQL, which answers a
 * negative one with an error (a 500): whole numbers from 0 up only.
 */
const wholeNumber = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .min(0, `${name} cannot be negative`)
const StorePagination = z.object({ limit: wholeNumber("limit").optional(), offset: wholeNumber("offset").optional() })

/**
 * StorePagination on every Store API list, refused as Medusa refuses invalid data (a 400).
 * Not validateAndTransformQuery: it would take over the query configuration (fields,
 * allowed fields) that each route's own validator sets up after this.
 */
function validatePagination(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const result = StorePagination.safeParse({ limit: req.query.limit, offset: req.query.offset })
  if (result.success) return next()
  next(new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${result.error.issues.map((issue) => issue.message).join("; ")}`))
}

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
      matcher: "/admin/*",
      middlewares: [rejectUnsafeInput],
    },
    ...["", "/register", "/reset-password"].map((path) => ({
      matcher: `/auth/:actor_type/:auth_provider${path}`,
      method: ["POST" as const],
      middlewares: [limitSignIns],
    })),
    {
      matcher: "/store/*",
      method: ["GET"],
      middlewares: [validatePagination],
    },
    {
      // Global (no method): Medusa reads the allowed fields before method-scoped middlewares run.
      matcher: "/store/orders*",
      middlewares: [allowFields("fulfillments.labels", ...ORDER_TRACKING_FIELDS)],
    },
    {
      matcher: "/store/carts/:id/line-items",
      method: ["POST"],
      middlewares: [validateAndTransformBody(StoreAddShopLineItem), keepOnlyTrueAttribution],
    },
    {
      matcher: "/store/carts/:id/line-items/:line_id",
      method: ["POST"],
      middlewares: [validateAndTransformBody(StoreUpdateShopLineItem), keepOnlyTrueAttribution],
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
      matcher: "/store/customers/me/password",
      method: ["POST"],
      middlewares: [validateAndTransformBody(StoreChangeCustomerPassword)],
    },
    ...["/admin/journal/posts", "/admin/journal/posts/:slug", "/admin/journal/products/:id"].map((matcher) => ({
      matcher,
      method: ["GET" as const],
      middlewares: [validateAndTransformQuery(AdminJournalPeriod, { defaults: [], isList: false })],
    })),
    {
      matcher: "/hooks/payment/:provider",
      method: ["POST"],
      middlewares: [requireConfiguredPaymentProvider],
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
        limitSearchQueries,
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
