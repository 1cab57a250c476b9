/**
 * Which category and product handles exist, for proxy.ts: a made-up /[region]/shop/<handle> or
 * /[region]/products/<handle> is answered by the per-request 404 page instead of being rendered
 * by an ISR route, which would write each one to the page cache as its own 404 (unbounded disk
 * growth). Not the data layer's cached lists (categories.ts, products.ts): the proxy runs outside
 * React's server environment, so it keeps its own copies in memory, refreshed every minute and at
 * most every 10 s on a miss (a category or product created in the admin gets its page within
 * seconds; a flood of made-up handles costs the Store API one listing per 10 s).
 */
import Medusa from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import { isHandle } from "../handles"

const FRESH_MS = 60_000
const MISS_REFRESH_MS = 10_000
const PAGE = 1000
/** Past this many the proxy stops listing and lets the route decide (it answers 404 itself). */
const MAX_PAGES = 50

const medusa = new Medusa({
  baseUrl: process.env.MEDUSA_BACKEND_URL || "http://localhost:9000",
  publishableKey: process.env.MEDUSA_PUBLISHABLE_KEY,
})

type Known = { handles: Set<string>; complete: boolean; at: number }
type Listing = { handles: string[]; count: number }

/** Every handle a Store API listing has, a page at a time. */
async function listAll(listPage: (offset: number) => Promise<Listing>): Promise<Known> {
  const handles = new Set<string>()
  let count = 0
  for (let page = 0; page < MAX_PAGES; page++) {
    const listing = await listPage(page * PAGE)
    for (const handle of listing.handles) handles.add(handle)
    count = listing.count
    if ((page + 1) * PAGE >= count) break
  }
  return { handles, complete: handles.size >= count, at: Date.now() }
}

/**
 * `(handle) => Promise<boolean>`: false only when the catalogue is known not to have the handle.
 * When the backend cannot be asked, or the list is incomplete, the route decides.
 */
function knownHandles(listPage: (offset: number) => Promise<Listing>) {
  let known: Known | undefined
  let loading: Promise<Known> | undefined
  return async function mayExist(handle: string): Promise<boolean> {
    if (!isHandle(handle)) return false
    const age = known ? Date.now() - known.at : Number.POSITIVE_INFINITY
    const listed = known?.handles.has(handle) ?? false
    if (known && age < (listed ? FRESH_MS : MISS_REFRESH_MS)) return listed || !known.complete
    loading ??= listAll(listPage).finally(() => {
      loading = undefined
    })
    try {
      known = await loading
    } catch {
      return true
    }
    return known.handles.has(handle) || !known.complete
  }
}

export const mayBeCategory = knownHandles(async (offset) => {
  const { product_categories, count } = await medusa.client.fetch<HttpTypes.StoreProductCategoryListResponse>("/store/product-categories", {
    query: { fields: "handle", limit: PAGE, offset },
    cache: "no-store",
  })
  return { handles: product_categories.map((c) => c.handle), count }
})

/** Published products in the shop's sales channel (the publishable key's): the ones with pages. */
export const mayBeProduct = knownHandles(async (offset) => {
  const { products, count } = await medusa.client.fetch<HttpTypes.StoreProductListResponse>("/store/products", {
    query: { fields: "handle", limit: PAGE, offset },
    cache: "no-store",
  })
  return { handles: products.map((p) => p.handle), count }
})
