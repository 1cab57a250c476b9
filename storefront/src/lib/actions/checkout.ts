"use server"
import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { getCartSummary } from "../medusa/cart"
import { initiatePayment, setShippingMethod, updateContactAndAddresses } from "../medusa/checkout"
import { errorMessage } from "../medusa/fetch"
import { getRegion } from "../medusa/regions"
import { placeOrder } from "../medusa/place-order"
import { getCartId } from "../medusa/session"
import { readCheckoutAddresses, validateCheckoutAddresses } from "../validation"
import { formValues, type FormState } from "./state"

export async function saveAddressesAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form)
  const cart = await getCartSummary()
  if (!cart) return { status: "error", message: "Your cart has expired. Please add the items again.", values }
  const region = await getRegion(String(form.get("region") ?? ""))
  const input = readCheckoutAddresses(form)
  const errors = validateCheckoutAddresses(
    input,
    region.countries.map((c) => c.code),
  )
  if (Object.keys(errors).length) {
    const count = Object.keys(errors).length
    return {
      status: "error",
      message: `Please correct ${count === 1 ? "the highlighted field" : `the ${count} highlighted fields`}.`,
      errors,
      values,
    }
  }
  try {
    await updateContactAndAddresses(cart.id, input)
  } catch (error) {
    return { status: "error", message: errorMessage(error), values }
  }
  refresh()
  return { status: "ok", message: "Address saved. Choose a delivery option." }
}

export async function chooseShippingAction(_prev: FormState, form: FormData): Promise<FormState> {
  const cart = await getCartSummary()
  if (!cart) return { status: "error", message: "Your cart has expired." }
  const optionId = String(form.get("shippingOption") ?? "")
  if (!optionId) return { status: "error", message: "Choose a delivery option.", errors: { shippingOption: "Choose a delivery option." } }
  try {
    await setShippingMethod(cart.id, optionId)
  } catch (error) {
    return { status: "error", message: errorMessage(error) }
  }
  refresh()
  return { status: "ok", message: "Delivery option saved. Choose how to pay." }
}

export async function choosePaymentAction(_prev: FormState, form: FormData): Promise<FormState> {
  const cart = await getCartSummary()
  if (!cart) return { status: "error", message: "Your cart has expired." }
  const providerId = String(form.get("provider") ?? "")
  if (!providerId) return { status: "error", message: "Choose a payment method.", errors: { provider: "Choose a payment method." } }
  try {
    await initiatePayment(cart.id, providerId)
  } catch (error) {
    return { status: "error", message: errorMessage(error) }
  }
  refresh()
  return { status: "ok", message: "Payment method saved. Review your order." }
}

/**
 * Safe to run twice for the same cart (a double click that slips past the disabled
 * button): Medusa answers a second completion with the order it already made. With Stripe,
 * the card form calls it only after Stripe has confirmed the payment.
 */
export async function placeOrderAction(_prev: FormState, form: FormData): Promise<FormState> {
  const cartId = (await getCartId()) ?? String(form.get("cartId") ?? "")
  const region = String(form.get("region") ?? "us")
  if (!cartId) return { status: "error", message: "Your cart has expired." }
  let orderId: string
  try {
    const result = await placeOrder(cartId)
    if (!result.ok) return { status: "error", message: result.message }
    orderId = result.orderId
  } catch (error) {
    return { status: "error", message: errorMessage(error, "The order could not be placed. Nothing was charged.") }
  }
  redirect(`/${region}/order/${orderId}/confirmed`)
}
