import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { CART_SUMMARY_FIELDS } from "@stillpoint/shop-contracts"
import { storeFetch, storePath } from "./fetch"
import { completionMessage, offeredInStorefront, paymentMethod } from "./checkout-rules"
import { fromAddress, toShippingOption } from "./shape"
import type { Address, Cart, PaymentMethod, ShippingOption } from "./types"

type CartResponse = HttpTypes.StoreCartResponse

// The checkout's steps re-render the page, which reads the cart whole: their own answers are
// asked for as the summary, so the Store API computes the totals once (lib/medusa/cart.ts).

export async function updateContactAndAddresses(
  cartId: string,
  input: { email: string; shipping: Address; billing: Address },
): Promise<void> {
  await storeFetch<CartResponse>(storePath`/store/carts/${cartId}`, {
    method: "POST",
    body: { email: input.email, shipping_address: fromAddress(input.shipping), billing_address: fromAddress(input.billing) },
    query: { fields: CART_SUMMARY_FIELDS },
    auth: true,
  })
}

export async function listShippingOptions(cart: Cart): Promise<ShippingOption[]> {
  const { shipping_options } = await storeFetch<HttpTypes.StoreShippingOptionListResponse>("/store/shipping-options", {
    query: { cart_id: cart.id },
  })
  return shipping_options.map((o) => toShippingOption(o, cart.currency)).sort((a, b) => a.amount.amount - b.amount.amount)
}

export async function setShippingMethod(cartId: string, optionId: string): Promise<void> {
  await storeFetch<CartResponse>(storePath`/store/carts/${cartId}/shipping-methods`, {
    method: "POST",
    body: { option_id: optionId },
    query: { fields: CART_SUMMARY_FIELDS },
  })
}

/**
 * The payment providers the region offers and this build can complete: the system provider
 * (pp_system_default, offered as a bank transfer) and, with Stripe's publishable key, pp_stripe_stripe.
 */
export async function listPaymentProviders(regionId: string): Promise<PaymentMethod[]> {
  const { payment_providers } = await storeFetch<HttpTypes.StorePaymentProviderListResponse>("/store/payment-providers", {
    query: { region_id: regionId },
  })
  return payment_providers.filter((p) => offeredInStorefront(p.id)).map((p) => paymentMethod(p.id))
}

async function paymentCollectionOf(cartId: string) {
  const { cart } = await storeFetch<CartResponse>(storePath`/store/carts/${cartId}`, {
    query: { fields: "id,*payment_collection,*payment_collection.payment_sessions" },
  })
  return cart.payment_collection
}

/**
 * Creates the cart's payment collection if needed and a session with the provider. The checkout
 * page then reads Stripe's client secret with paymentClientSecret, also after a reload.
 */
export async function initiatePayment(cartId: string, providerId: string): Promise<void> {
  let collectionId = (await paymentCollectionOf(cartId))?.id
  if (!collectionId) {
    const { payment_collection } = await storeFetch<HttpTypes.StorePaymentCollectionResponse>("/store/payment-collections", {
      method: "POST",
      body: { cart_id: cartId },
    })
    collectionId = payment_collection.id
  }
  await storeFetch<HttpTypes.StorePaymentCollectionResponse>(storePath`/store/payment-collections/${collectionId}/payment-sessions`, {
    method: "POST",
    body: { provider_id: providerId },
  })
}

/**
 * The client secret of the cart's session with the provider. Stripe's session data is its
 * PaymentIntent; Stripe.js needs the intent's client_secret (meant for the customer's browser).
 */
export async function paymentClientSecret(cartId: string, providerId: string): Promise<string | null> {
  const collection = await paymentCollectionOf(cartId)
  const secret = collection?.payment_sessions?.find((s) => s.provider_id === providerId)?.data?.client_secret
  return typeof secret === "string" ? secret : null
}

/** The provider-side ids of the cart's payment sessions (Stripe: its PaymentIntents' `pi_…`). */
export async function paymentSessionReferences(cartId: string): Promise<string[]> {
  const collection = await paymentCollectionOf(cartId)
  return (collection?.payment_sessions ?? []).map((session) => session.data?.id).filter((id): id is string => typeof id === "string")
}

export type CompletionResult = { ok: true; orderId: string } | { ok: false; message: string }

/**
 * Places the order. Safe to call twice: for a cart that is already completed Medusa
 * returns the order it made the first time, so a double submit still yields one order.
 */
export async function completeCart(cartId: string): Promise<CompletionResult> {
  const result = await storeFetch<HttpTypes.StoreCompleteCartResponse>(storePath`/store/carts/${cartId}/complete`, {
    method: "POST",
    auth: true,
  })
  if (result.type === "order") return { ok: true, orderId: result.order.id }
  return { ok: false, message: completionMessage(result.error?.message) }
}
