import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { medusa } from "./client"
import { getAuthToken } from "./session"

type Options = {
  method?: "GET" | "POST" | "DELETE"
  query?: Record<string, unknown>
  body?: Record<string, unknown>
  /**
   * Shared catalogue reads: cached with these tags and revalidated on a timer or by
   * `revalidateTag`. Without tags the request is per-visitor and never cached.
   */
  tags?: string[]
  revalidate?: number
  /** Send the logged-in customer's token. */
  auth?: boolean
}

/** Catalogue data changes rarely; tags make the backend's changes show at once. */
export const CATALOGUE_REVALIDATE_SECONDS = 600

/**
 * A Store API path with every interpolated id percent-encoded, so an id from a cookie or a
 * URL stays one path segment: storePath`/store/carts/${id}/line-items`.
 */
export function storePath(parts: TemplateStringsArray, ...ids: string[]): string {
  return parts.reduce((path, part, i) => path + part + (i < ids.length ? encodeURIComponent(ids[i]) : ""), "")
}

/**
 * The one way the data layer talks to the Store API: adds the publishable key (via the
 * client), the customer's token when asked, and the cache policy.
 */
export async function storeFetch<T>(path: string, options: Options = {}): Promise<T> {
  const headers: Record<string, string> = {}
  if (options.auth) {
    const token = await getAuthToken()
    if (token) headers.authorization = `Bearer ${token}`
  }
  const cache: Pick<RequestInit, "cache" | "next"> = options.tags
    ? { next: { tags: options.tags, revalidate: options.revalidate ?? CATALOGUE_REVALIDATE_SECONDS } }
    : { cache: "no-store" }
  return medusa.client.fetch<T>(path, {
    method: options.method ?? "GET",
    query: options.query,
    body: options.body,
    headers,
    ...cache,
  })
}

/** The Store API's message for a failed request, for showing to the customer. */
export function errorMessage(error: unknown, fallback = "Something went wrong. Please try again."): string {
  if (error instanceof FetchError) return error.message || fallback
  if (error instanceof Error && error.message) return error.message
  return fallback
}

/** The backend's sign-in limits refused the request (429); its message says how long to wait. */
export function isTooManyAttempts(error: unknown): boolean {
  return error instanceof FetchError && error.status === 429
}

export function isNotFound(error: unknown): boolean {
  return error instanceof FetchError && error.status === 404
}

export function isUnauthorized(error: unknown): boolean {
  return error instanceof FetchError && (error.status === 401 || error.status === 403)
}
