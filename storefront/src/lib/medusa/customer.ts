import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { headers } from "next/headers"
import { medusa } from "./client"
import { isUnauthorized, storeFetch, storePath } from "./fetch"
import { getAuthToken } from "./session"
import { fromAddress, toCustomer, toSavedAddress } from "./shape"
import type { Address, Customer, SavedAddress } from "./types"

/**
 * The shopper's address for the backend's sign-in limits (per address): the last entry of the
 * X-Forwarded-For this server received, which Next sets to the connection's address, or a
 * proxy in front (the cluster's nginx) appends. Without a proxy in front a client can write
 * the header itself, so the per-account limit is the one that always holds.
 */
async function shopperAddress(): Promise<Record<string, string>> {
  const forwarded = (await headers()).get("x-forwarded-for") ?? ""
  const last = forwarded.split(",").map((part) => part.trim()).filter(Boolean).pop()
  return last ? { "x-forwarded-for": last } : {}
}

/** POST /auth/customer/emailpass[/register|/reset-password] on the shopper's behalf. */
async function authRequest<T>(path: "" | "/register" | "/reset-password", body: Record<string, string>): Promise<T> {
  // The reset request answers 201 with no JSON.
  const requestHeaders: Record<string, string> = await shopperAddress()
  if (path === "/reset-password") requestHeaders.accept = "text/plain"
  return medusa.client.fetch<T>(`/auth/customer/emailpass${path}`, { method: "POST", body, headers: requestHeaders })
}

/** Returns a customer token; throws on wrong credentials (and on too many attempts, with Medusa's message). */
export async function login(email: string, password: string): Promise<string> {
  const { token } = await authRequest<{ token?: unknown }>("", { email, password })
  if (typeof token !== "string") throw new Error("This login needs another step, which the shop does not support.")
  return token
}

/** Creates the auth identity and the customer; returns a logged-in token. */
export async function register(input: { email: string; password: string; firstName: string; lastName: string }) {
  const { token: registrationToken } = await authRequest<{ token: string }>("/register", { email: input.email, password: input.password })
  await medusa.client.fetch<HttpTypes.StoreCustomerResponse>("/store/customers", {
    method: "POST",
    headers: { authorization: `Bearer ${registrationToken}` },
    body: { email: input.email, first_name: input.firstName, last_name: input.lastName },
  })
  return login(input.email, input.password)
}

/**
 * Asks Medusa to email the customer a link to reset the password (the backend's subscriber to
 * `auth.password_reset` sends it). Medusa answers the same whether or not the account exists.
 */
export async function requestPasswordReset(email: string): Promise<void> {
  await authRequest("/reset-password", { identifier: email })
}

/**
 * Sets a new password with the token from the reset email. Medusa accepts a token once, within
 * its 15 minutes, and burns it before it looks at the password: it throws a 401 for an expired,
 * used, superseded or forged one.
 */
export async function resetPassword(token: string, email: string, password: string): Promise<void> {
  await medusa.auth.updateProvider("customer", "emailpass", { email, password }, token)
}

/**
 * Sets the signed-in customer's new password, given the current one (the backend's
 * store/customers/me/password). A wrong current password is a 400 with CURRENT_PASSWORD_INCORRECT.
 */
export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  await storeFetch("/store/customers/me/password", {
    method: "POST",
    body: { current_password: currentPassword, new_password: newPassword },
    auth: true,
  })
}

export async function getCustomer(): Promise<Customer | null> {
  if (!(await getAuthToken())) return null
  try {
    const { customer } = await storeFetch<HttpTypes.StoreCustomerResponse>("/store/customers/me", {
      query: { fields: "id,email,first_name,last_name" },
      auth: true,
    })
    return toCustomer(customer)
  } catch (error) {
    if (isUnauthorized(error)) return null
    throw error
  }
}

export async function listAddresses(): Promise<SavedAddress[]> {
  const { addresses } = await storeFetch<HttpTypes.StoreCustomerAddressListResponse>("/store/customers/me/addresses", {
    query: { limit: 50 },
    auth: true,
  })
  return addresses.map(toSavedAddress)
}

export async function addAddress(address: Address): Promise<void> {
  await storeFetch("/store/customers/me/addresses", { method: "POST", body: fromAddress(address), auth: true })
}

export async function updateAddress(id: string, address: Address): Promise<void> {
  await storeFetch(storePath`/store/customers/me/addresses/${id}`, { method: "POST", body: fromAddress(address), auth: true })
}

export async function deleteAddress(id: string): Promise<void> {
  await storeFetch(storePath`/store/customers/me/addresses/${id}`, { method: "DELETE", auth: true })
}
