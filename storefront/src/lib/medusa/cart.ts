import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { attributionMetadata, CART_FIELDS, CART_SUMMARY_FIELDS, type JournalAttribution } from "@stillpoint/shop-contracts"
import { clearCartId, getCartId, setCartId } from "./session"
import { isNotFound, storeFetch, storePath } from "./fetch"
import { toCart, toCartSummary } from "./shape"
import type { Cart, CartSummary, Region } from "./types"

type CartResponse = HttpTypes.StoreCartResponse

/** The raw cart behind the visitor's cookie, or null when there is none (or it was ordered). */
export async function retrieveRawCart(fields = CART_FIELDS): Promise<HttpTypes.StoreCart | null> {
  const id = await getCartId()
  if (!id) return null
  try {
    const { cart } = await storeFetch<CartResponse>(storePath`/store/carts/${id}`, { query: { fields } })
    return cart.completed_at ? null : cart
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}

export async function getCart(): Promise<Cart | null> {
  const cart = await retrieveRawCart()
  return cart ? toCart(cart) : null
}

/** The visitor's cart without totals (CART_SUMMARY_FIELDS), or null. */
export async function getCartSummary(): Promise<CartSummary | null> {
  const cart = await retrieveRawCart(CART_SUMMARY_FIELDS)
  return cart ? toCartSummary(cart) : null
}

/**
 * A change whose caller re-renders the page (or only counts the lines): Medusa's answer is then
 * the summary, which saves the Store API computing totals a second time (~15 ms a call here).
 */
async function cartChange(path: string, body?: Record<string, unknown>, method: "POST" | "DELETE" = "POST") {
  const { cart } = await storeFetch<CartResponse>(path, { method, body, query: { fields: CART_SUMMARY_FIELDS }, auth: true })
  return toCartSummary(cart)
}

/** The visitor's cart in this region: created when missing, moved when it is in another region. */
async function getOrCreateCart(region: Region): Promise<CartSummary> {
  const existing = await getCartSummary()
  if (existing) {
    return existing.regionId === region.id ? existing : setCartRegion(existing.id, region)
  }
  const { cart } = await storeFetch<CartResponse>("/store/carts", {
    method: "POST",
    body: { region_id: region.id },
    query: { fields: CART_SUMMARY_FIELDS },
    auth: true,
  })
  await setCartId(cart.id)
  return toCartSummary(cart)
}

export async function setCartRegion(cartId: string, region: Region): Promise<CartSummary> {
  return cartChange(storePath`/store/carts/${cartId}`, { region_id: region.id })
}

/**
 * Adds to the visitor's cart, one line per variant. Added from a journal post (`from`), the line
 * remembers the post, the last one winning: Medusa would start a second line for the same
 * variant when the metadata differs, so a variant already in the cart gets its quantity and
 * post updated on its line instead. The backend keeps the post only if it links the product.
 */
export async function addLineItem(region: Region, variantId: string, quantity: number, from?: JournalAttribution): Promise<CartSummary> {
  const cart = await getOrCreateCart(region)
  const line = cart.lines.find((item) => item.variantId === variantId)
  const metadata = from ? { metadata: attributionMetadata(from) } : {}
  if (line) return cartChange(storePath`/store/carts/${cart.id}/line-items/${line.id}`, { quantity: line.quantity + quantity, ...metadata })
  return cartChange(storePath`/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity, ...metadata })
}

export async function updateLineItem(cartId: string, lineId: string, quantity: number): Promise<void> {
  if (quantity <= 0) return removeLineItem(cartId, lineId)
  await cartChange(storePath`/store/carts/${cartId}/line-items/${lineId}`, { quantity })
}

export async function removeLineItem(cartId: string, lineId: string): Promise<void> {
  // Medusa answers with the cart as `parent`, in the fields asked for.
  await storeFetch(storePath`/store/carts/${cartId}/line-items/${lineId}`, { method: "DELETE", query: { fields: CART_SUMMARY_FIELDS } })
}

/** Answered with the whole cart: the caller checks the code is on it. */
export async function applyPromoCode(cartId: string, code: string): Promise<Cart> {
  const path = storePath`/store/carts/${cartId}/promotions`
  const { cart } = await storeFetch<CartResponse>(path, { method: "POST", body: { promo_codes: [code] }, query: { fields: CART_FIELDS }, auth: true })
  return toCart(cart)
}

export async function removePromoCode(cartId: string, code: string): Promise<void> {
  await cartChange(storePath`/store/carts/${cartId}/promotions`, { promo_codes: [code] }, "DELETE")
}

/** After logging in: the guest cart becomes the customer's. */
export async function transferCartToCustomer(): Promise<void> {
  const id = await getCartId()
  if (!id) return
  try {
    await storeFetch<CartResponse>(storePath`/store/carts/${id}/customer`, { method: "POST", auth: true })
  } catch (error) {
    if (isNotFound(error)) await clearCartId()
    else throw error
  }
}
