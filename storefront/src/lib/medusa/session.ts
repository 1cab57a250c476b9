import "server-only"
import { cookies } from "next/headers"
import type { RegionKey } from "./types"

/** The visitor's cookies: all httpOnly, so browser scripts never see the cart id or token. */
const CART = "sp_cart"
const TOKEN = "sp_token"
export const REGION_COOKIE = "region"

const base = {
  httpOnly: true,
  sameSite: "lax" as const,
  secure: process.env.NODE_ENV === "production" && process.env.COOKIE_SECURE === "true",
  path: "/",
}

export async function getCartId() {
  return (await cookies()).get(CART)?.value ?? null
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
