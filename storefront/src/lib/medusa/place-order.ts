import "server-only"
import { revalidateTag } from "next/cache"
import { CACHE_TAGS } from "@stillpoint/shop-contracts"
import { completeCart, type CompletionResult } from "./checkout"
import { clearCartId } from "./session"

/**
 * Completes the cart and, once it is an order, forgets it and refreshes stock. Shared by the
 * place-order action and the route Stripe sends redirect-based payments back to. Safe to run
 * twice (completeCart returns the existing order for a completed cart).
 */
export async function placeOrder(cartId: string): Promise<CompletionResult> {
  const result = await completeCart(cartId)
  if (result.ok) {
    await clearCartId()
    revalidateTag(CACHE_TAGS.products, "max")
  }
  return result
}
