/**
 * The tags on the storefront's cached catalogue pages. The storefront tags its fetches with
 * them; the backend names them when it asks the storefront to regenerate pages after a
 * change (requestRevalidation below).
 */
export const CACHE_TAGS = {
  products: "products",
  product: (handle: string) => `product:${handle}`,
  categories: "categories",
  regions: "regions",
} as const

/** The storefront's revalidation route, and the header that carries REVALIDATE_SECRET to it. */
export const REVALIDATE_PATH = "/api/revalidate"
export const REVALIDATE_SECRET_HEADER = "x-revalidate-secret"

/** Asks the storefront at `storefrontUrl` to regenerate the pages cached under `tags`: POST {"tags": [...]}. */
export function requestRevalidation(storefrontUrl: string, secret: string, tags: string[], signal?: AbortSignal): Promise<Response> {
  return fetch(`${storefrontUrl}${REVALIDATE_PATH}`, {
    method: "POST",
    headers: { "content-type": "application/json", [REVALIDATE_SECRET_HEADER]: secret },
    body: JSON.stringify({ tags }),
    signal,
  })
}
