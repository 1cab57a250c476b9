"use server"
import { CURRENT_PASSWORD_INCORRECT } from "@stillpoint/shop-contracts"
import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { transferCartToCustomer } from "../medusa/cart"
import {
  addAddress,
  changePassword,
  deleteAddress,
  login,
  register,
  requestPasswordReset,
  resetPassword,
  updateAddress,
} from "../medusa/customer"
import { errorMessage, isTooManyAttempts, isUnauthorized } from "../medusa/fetch"
import { getRegion } from "../medusa/regions"
import { clearAuthToken, clearCartId, setAuthToken } from "../medusa/session"
import type { Address } from "../medusa/types"
import { isRegionKey } from "../region"
import { readResetLink, resetRequestedMessage } from "../password-reset"
import {
  readAddress,
  validateAddress,
  validateEmail,
  validateNewPassword,
  validatePasswordChoice,
  type FieldErrors,
} from "../validation"
import { sameShopPath } from "../safe-redirect"
import { formValues, type FormState, type ResetPasswordState } from "./state"

const CORRECT_FIELDS = "Please correct the highlighted fields."
// Medusa answers the same 401 for an expired, used, superseded or forged token.
const RESET_LINK_REFUSED = "This link has expired, has already been used, or isn't valid."

const safeNext = (form: FormData, fallback: string) => sameShopPath(form.get("next"), fallback)

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
  if (Object.keys(errors).length) return { status: "error", message: CORRECT_FIELDS, errors, values }
  try {
    await setAuthToken(await login(email, password))
  } catch (error) {
    if (isTooManyAttempts(error)) return { status: "error", message: errorMessage(error), values }
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
  const passwordError = validateNewPassword(password)
  if (passwordError) errors.password = passwordError
  if (!firstName) errors.firstName = "Enter your first name."
  if (!lastName) errors.lastName = "Enter your last name."
  if (Object.keys(errors).length) return { status: "error", message: CORRECT_FIELDS, errors, values }
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

export async function requestPasswordResetAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form)
  const email = String(form.get("email") ?? "").trim()
  const emailError = validateEmail(email)
  if (emailError) return { status: "error", message: CORRECT_FIELDS, errors: { email: emailError }, values }
  try {
    await requestPasswordReset(email)
  } catch (error) {
    if (isTooManyAttempts(error)) return { status: "error", message: errorMessage(error), values }
    // Medusa answers 201 for unknown emails too, so a failure here is the backend's, not the account's.
    return { status: "error", message: "We couldn't send the link just now. Please try again in a moment.", values }
  }
  return { status: "ok", message: resetRequestedMessage(email), values }
}

export async function resetPasswordAction(_prev: ResetPasswordState, form: FormData): Promise<ResetPasswordState> {
  const password = String(form.get("password") ?? "")
  const link = readResetLink({ token: String(form.get("token") ?? ""), email: String(form.get("email") ?? "") })
  if (link.status !== "usable") {
    return { status: "error", message: RESET_LINK_REFUSED, linkRefused: true }
  }
  // Checked before Medusa sees the token: it burns the token even when the update then fails.
  const errors = validatePasswordChoice(password, String(form.get("confirmPassword") ?? ""))
  if (Object.keys(errors).length) return { status: "error", message: CORRECT_FIELDS, errors }
  try {
    await resetPassword(link.token, link.email, password)
  } catch (error) {
    if (isUnauthorized(error)) {
      return { status: "error", message: RESET_LINK_REFUSED, linkRefused: true }
    }
    return { status: "error", message: "We couldn't change your password just now. Please try again in a moment." }
  }
  return { status: "ok", message: "Your password is changed. Log in with your new password." }
}

/** The signed-in customer's new password, typed twice, given the current one. */
export async function changePasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  const currentPassword = String(form.get("currentPassword") ?? "")
  const password = String(form.get("password") ?? "")
  const errors = validatePasswordChoice(password, String(form.get("confirmPassword") ?? ""))
  if (!currentPassword) errors.currentPassword = "Enter your current password."
  if (Object.keys(errors).length) return { status: "error", message: CORRECT_FIELDS, errors }
  try {
    await changePassword(currentPassword, password)
  } catch (error) {
    if (isUnauthorized(error)) return { status: "error", message: "Your session has ended. Please log in again." }
    if (errorMessage(error) === CURRENT_PASSWORD_INCORRECT) {
      return { status: "error", message: CORRECT_FIELDS, errors: { currentPassword: "That isn't your current password." } }
    }
    return { status: "error", message: "We couldn't change your password just now. Please try again in a moment." }
  }
  return { status: "ok", message: "Your password is changed." }
}

/** Reads the address under `prefix`, checks it against the form's region and saves it with `save`. */
async function saveAddressFrom(form: FormData, prefix: string, save: (address: Address) => Promise<void>, saved: string): Promise<FormState> {
  const values = formValues(form)
  const region = await getRegion(regionOf(form))
  const address = readAddress(form, prefix)
  const errors = validateAddress(address, prefix, region.countries.map((c) => c.code))
  if (Object.keys(errors).length) return { status: "error", message: CORRECT_FIELDS, errors, values }
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
