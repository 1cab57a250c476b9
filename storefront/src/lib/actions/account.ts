"use server"
import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { transferCartToCustomer } from "../medusa/cart"
import { addAddress, deleteAddress, login, register, updateAddress } from "../medusa/customer"
import { errorMessage } from "../medusa/fetch"
import { getRegion } from "../medusa/regions"
import { clearAuthToken, clearCartId, setAuthToken } from "../medusa/session"
import type { Address } from "../medusa/types"
import { isRegionKey } from "../region"
import { readAddress, validateAddress, validateEmail, type FieldErrors } from "../validation"
import { formValues, type FormState } from "./state"

function safeNext(form: FormData, fallback: string): string {
  const next = String(form.get("next") ?? "")
  return next.startsWith("/") && !next.startsWith("//") ? next : fallback
}

function regionOf(form: FormData) {
  const region = String(form.get("region") ?? "")
  return isRegionKey(region) ? region : "us"
}

export async function loginAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form)
  const email = String(form.get("email") ?? "").trim()
  const password = String(form.get("password") ?? "")
  const errors: FieldErrors = {}
  const emailError = validateEmail(email)
  if (emailError) errors.email = emailError
  if (!password) errors.password = "Enter your password."
  if (Object.keys(errors).length) return { status: "error", message: "Please correct the highlighted fields.", errors, values }
  try {
    await setAuthToken(await login(email, password))
  } catch {
    return { status: "error", message: "That email and password don't match an account.", values }
  }
  await transferCartToCustomer().catch(() => undefined)
  redirect(safeNext(form, `/${regionOf(form)}/account`))
}

export async function registerAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form)
  const email = String(form.get("email") ?? "").trim()
  const password = String(form.get("password") ?? "")
  const firstName = String(form.get("firstName") ?? "").trim()
  const lastName = String(form.get("lastName") ?? "").trim()
  const errors: FieldErrors = {}
  const emailError = validateEmail(email)
  if (emailError) errors.email = emailError
  if (password.length < 8) errors.password = "Use at least 8 characters."
  if (!firstName) errors.firstName = "Enter your first name."
  if (!lastName) errors.lastName = "Enter your last name."
  if (Object.keys(errors).length) return { status: "error", message: "Please correct the highlighted fields.", errors, values }
  try {
    await setAuthToken(await register({ email, password, firstName, lastName }))
  } catch (error) {
    const message = /exist/i.test(errorMessage(error))
      ? "An account with this email already exists. Log in instead."
      : errorMessage(error)
    return { status: "error", message, values }
  }
  await transferCartToCustomer().catch(() => undefined)
  redirect(safeNext(form, `/${regionOf(form)}/account`))
}

export async function logoutAction(form: FormData): Promise<void> {
  await clearAuthToken()
  // The cart belonged to the customer; a logged-out visitor starts a fresh one.
  await clearCartId()
  redirect(`/${regionOf(form)}`)
}

/** Reads the address under `prefix`, checks it against the form's region and saves it with `save`. */
async function saveAddressFrom(form: FormData, prefix: string, save: (address: Address) => Promise<void>, saved: string): Promise<FormState> {
  const values = formValues(form)
  const region = await getRegion(regionOf(form))
  const address = readAddress(form, prefix)
  const errors = validateAddress(address, prefix, region.countries.map((c) => c.code))
  if (Object.keys(errors).length) return { status: "error", message: "Please correct the highlighted fields.", errors, values }
  try {
    await save(address)
  } catch (error) {
    return { status: "error", message: errorMessage(error), values }
  }
  refresh()
  return { status: "ok", message: saved }
}

export async function addAddressAction(_prev: FormState, form: FormData): Promise<FormState> {
  return saveAddressFrom(form, "address", addAddress, "Address saved.")
}

export async function updateAddressAction(_prev: FormState, form: FormData): Promise<FormState> {
  const id = String(form.get("id") ?? "")
  if (!id) return { status: "error", message: "This address could not be found. Please reload the page." }
  return saveAddressFrom(form, "edit", (address) => updateAddress(id, address), "Address updated.")
}

export async function deleteAddressAction(_prev: FormState, form: FormData): Promise<FormState> {
  try {
    await deleteAddress(String(form.get("id") ?? ""))
  } catch (error) {
    return { status: "error", message: errorMessage(error) }
  }
  refresh()
  return { status: "ok", message: "Address removed." }
}
