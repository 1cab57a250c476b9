/**
 * Which category handles exist, for proxy.ts: a made-up /[region]/shop/<handle> is answered by
 * the per-request 404 page instead of being rendered by the ISR category route, which would write
 * each one to the page cache as its own 404 (unbounded disk growth). Not the data layer's cached
 * list (categories.ts): the proxy runs outside React's server environment, so it keeps its own
 * copy in memory, refreshed every minute and at most every 10 s on a miss (a category created in
 * the admin gets its page within seconds; a flood of made-up handles costs one Store API request
 * per 10 s).
 */
import Medusa from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import { isHandle } from "../handles"

const FRESH_MS = 60_000
const MISS_REFRESH_MS = 10_000
const LIMIT = 1000

const medusa = new Medusa({
  baseUrl: process.env.MEDUSA_BACKEND_URL || "http://localhost:9000",
  publishableKey: process.env.MEDUSA_PUBLISHABLE_KEY,
})

type Known = { handles: Set<string>; complete: boolean; at: number }
let known: Known | undefined
let loading: Promise<Known> | undefined

async function load(): Promise<Known> {
  const { product_categories, count } = await medusa.client.fetch<HttpTypes.StoreProductCategoryListResponse>("/store/product-categories", {
    query: { fields: "handle", limit: LIMIT },
    cache: "no-store",
  })
  return { handles: new Set(product_categories.map((c) => c.handle)), complete: count <= LIMIT, at: Date.now() }
}

/**
 * False only when the catalogue is known not to have the category. When the backend cannot be
 * asked, or has more categories than one request lists, the route decides (and answers 404 itself).
 */
export async function mayBeCategory(handle: string): Promise<boolean> {
  if (!isHandle(handle)) return false
  const age = known ? Date.now() - known.at : Number.POSITIVE_INFINITY
  const listed = known?.handles.has(handle) ?? false
  if (known && age < (listed ? FRESH_MS : MISS_REFRESH_MS)) return listed || !known.complete
  loading ??= load().finally(() => {
    loading = undefined
  })
  try {
    known = await loading
  } catch {
    return true
  }
  return known.handles.has(handle) || !known.complete
}
