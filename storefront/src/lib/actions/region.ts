"use server"
import { redirect } from "next/navigation"
import { getCartId, setRegionCookie } from "../medusa/session"
import { setCartRegion } from "../medusa/cart"
import { getRegion } from "../medusa/regions"
import { isRegionKey, pathInRegion } from "../region"

/** The header's region switcher: remember the choice, move the cart, show the same page there. */
export async function switchRegionAction(form: FormData): Promise<void> {
  const key = String(form.get("region") ?? "")
  const path = String(form.get("path") ?? "/")
  if (!isRegionKey(key)) return
  await setRegionCookie(key)
  const cartId = await getCartId()
  if (cartId) {
    try {
      await setCartRegion(cartId, await getRegion(key))
    } catch {
      // A cart that can no longer move (completed or gone) is replaced on the next add.
    }
  }
  redirect(pathInRegion(path.startsWith("/") ? path : "/", key))
}
