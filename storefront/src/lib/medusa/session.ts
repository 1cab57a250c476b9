import "server-only"
import { cookies } from "next/headers"
import { SITE_URL } from "../site-url"
import type { RegionKey } from "./types"

/** The visitor's cookies: all httpOnly, so browser scripts never see the cart id or token. */
const CART = "sp_cart"
const TOKEN = "sp_token"
export const REGION_COOKIE = "region"

const base = {
  httpOnly: true,
  sameSite: "lax" as const,
  // Secure whenever the shop's public address is https; plain http only for an http address (local).
  secure: SITE_URL.startsWith("https:"),
  path: "/",
}

/** Medusa's ids: a prefix and a ULID. A cookie is the visitor's to edit, so its id is checked before use. */
const CART_ID = /^cart_[0-9A-Z]{26}$/

export async function getCartId() {
  const id = (await cookies()).get(CART)?.value
  return id && CART_ID.test(id) ? id : null
}

export async function setCartId(id: string) {
  ;(await cookies()).set(CART, id, { ...base, maxAge: 60 * 60 * 24 * 30 })
}

export async function clearCartId() {
  ;(await cookies()).delete(CART)
}

export async function getAuthToken() {
  return (await cookies()).get(TOKEN)?.value ?? null
}

export async function setAuthToken(token: string) {
  ;(await cookies()).set(TOKEN, token, { ...base, maxAge: 60 * 60 * 24 * 7 })
}

export async function clearAuthToken() {
  ;(await cookies()).delete(TOKEN)
}

export async function setRegionCookie(region: RegionKey) {
  ;(await cookies()).set(REGION_COOKIE, region, { ...base, httpOnly: false, maxAge: 60 * 60 * 24 * 365 })
}
