"use server"
import { refresh } from "next/cache"
import { applyPromoCode, getCartSummary, removeLineItem, removePromoCode, updateLineItem } from "../medusa/cart"
import { errorMessage } from "../medusa/fetch"
import type { FormState } from "./state"

export async function updateQuantityAction(_prev: FormState, form: FormData): Promise<FormState> {
  const cart = await getCartSummary()
  if (!cart) return { status: "error", message: "Your cart has expired. Please add the items again." }
  const lineId = String(form.get("lineId") ?? "")
  const quantity = Number(form.get("quantity"))
  if (!Number.isInteger(quantity) || quantity < 0 || quantity > 99) {
    return { status: "error", message: "Enter a quantity between 0 and 99." }
  }
  try {
    await updateLineItem(cart.id, lineId, quantity)
    refresh()
    return { status: "ok", message: quantity === 0 ? "Item removed." : "Quantity updated." }
  } catch (error) {
    const message = errorMessage(error)
    return { status: "error", message: /inventory/i.test(message) ? "We don't have that many in stock." : message }
  }
}

export async function removeItemAction(_prev: FormState, form: FormData): Promise<FormState> {
  const cart = await getCartSummary()
  if (!cart) return { status: "error", message: "Your cart has expired." }
  try {
    await removeLineItem(cart.id, String(form.get("lineId") ?? ""))
    refresh()
    return { status: "ok", message: "Item removed." }
  } catch (error) {
    return { status: "error", message: errorMessage(error) }
  }
}

export async function applyPromoAction(_prev: FormState, form: FormData): Promise<FormState> {
  const code = String(form.get("code") ?? "").trim().toUpperCase()
  if (!code) return { status: "error", message: "Enter a promo code.", errors: { code: "Enter a promo code." } }
  const cart = await getCartSummary()
  if (!cart) return { status: "error", message: "Your cart is empty." }
  try {
    const updated = await applyPromoCode(cart.id, code)
    if (!updated.promoCodes.includes(code)) {
      const message = `The code ${code} doesn't apply to this cart.`
      return { status: "error", message, errors: { code: message }, values: { code } }
    }
    refresh()
    return { status: "ok", message: `Code ${code} applied.` }
  } catch (error) {
    const message = /invalid/i.test(errorMessage(error))
      ? `The code ${code} isn't valid. Check the spelling or try another code.`
      : errorMessage(error)
    return { status: "error", message, errors: { code: message }, values: { code } }
  }
}

export async function removePromoAction(_prev: FormState, form: FormData): Promise<FormState> {
  const cart = await getCartSummary()
  if (!cart) return { status: "error", message: "Your cart is empty." }
  const code = String(form.get("code") ?? "")
  try {
    await removePromoCode(cart.id, code)
    refresh()
    return { status: "ok", message: `Code ${code} removed.` }
  } catch (error) {
    return { status: "error", message: errorMessage(error) }
  }
}
