/**
 * Store API latency and throughput: the product listing and product page reads the
 * storefront makes, add to cart, search (the results page's request, for the judged
 * queries), and a full API checkout, at 1 and 32 concurrent clients.
 */
import { NO_FILTERS } from "../storefront/src/lib/product-filters"
import { listingQuery, resultsPageQueries, suggestionQueries } from "../storefront/src/lib/medusa/search-shape"
import { parseListingState } from "../storefront/src/lib/shop-listing"
import { JUDGMENTS } from "../tests/search-relevance/relevance"
import { latencyOf, load, settle, type Latency, type LoadResult } from "./http-load"
import { CART_SUMMARY_FIELDS, PRODUCT_DETAIL_FIELDS, PRODUCT_SUMMARY_FIELDS } from "@stillpoint/shop-contracts"
import { checkOut, createCart, addToCart, storeSdk, type Shop } from "./store-api"

export const BACKEND_CONNECTIONS = [1, 32]
export type Endpoint = "products" | "product by handle" | "add to cart" | "search" | "listing" | "checkout"
export type BackendRow = { endpoint: Endpoint; connections: number; result: LoadResult }

const SHOPPER_QUERIES = [...new Set(JUDGMENTS.map((j) => j.query))]
/** What the search results page sends, for what shoppers type: its first page of products with facets and of posts. */
export const SEARCH_PAGE_BODIES = SHOPPER_QUERIES.map((q) =>
  JSON.stringify({ queries: resultsPageQueries({ q, filters: NO_FILTERS, page: 1, postsPage: 1 }, "us") })
)
/**
 * What the shop's listing pages send (one page of 24 with every filter's counts), for views a
 * shopper makes: filtered, sorted, deep in the pages. Page 400 is past the end of a small
 * catalogue, and a window 9,576 products in at 10,000.
 */
const LISTING_VIEWS: { query: string; category: string | null }[] = [
  { query: "fill=Kapok&stock=in&sort=price-asc", category: null },
  { query: "min=50&max=150&sort=newest&page=2", category: null },
  { query: "colour=Indigo&colour=Charcoal&page=3", category: null },
  { query: "sort=price-desc&page=400", category: null },
  { query: "fill=Buckwheat+hulls&stock=in", category: "round-zafus" },
]
export const LISTING_BODIES = LISTING_VIEWS.map(({ query, category }) =>
  JSON.stringify({ queries: [listingQuery(parseListingState(new URLSearchParams(query)), "us", category)] })
)

/** What the header's type-ahead sends on a keystroke. */
export const TYPEAHEAD_BODIES = SHOPPER_QUERIES.map((q) => JSON.stringify({ queries: suggestionQueries(q, "us") }))
const ROTATING_CARTS = 64

export async function measureBackendApi(shop: Shop, seconds: number, log: (line: string) => void): Promise<BackendRow[]> {
  const sdk = storeSdk(shop)
  const base = shop.backendUrl
  const key = { "x-publishable-api-key": shop.publishableKey }
  const json = { ...key, "content-type": "application/json" }
  const query = (params: Record<string, string | number>) => new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString()
  const listing = `${base}/store/products?${query({ limit: 20, region_id: shop.regionId, fields: PRODUCT_SUMMARY_FIELDS, order: "created_at" })}`
  const byHandle = `${base}/store/products?${query({ handle: "classic-round-zafu", region_id: shop.regionId, fields: PRODUCT_DETAIL_FIELDS, limit: 1 })}`

  // Rotating carts, more than there are clients, so no two requests wait on one cart's lock.
  const carts: string[] = []
  for (let i = 0; i < ROTATING_CARTS; i++) carts.push(await createCart(sdk, shop))
  let nextCart = 0
  const variantId = shop.products[0].variantId

  const rows: BackendRow[] = []
  for (const connections of BACKEND_CONNECTIONS) {
    const measure = async (endpoint: Endpoint, run: () => Promise<LoadResult>) => {
      await settle(`${base}/store/regions`, key)
      rows.push({ endpoint, connections, result: await run() })
      const r = rows[rows.length - 1].result
      log(`${endpoint} c=${connections}: ${r.requestsPerSecond.toFixed(1)} req/s, p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms`)
    }
    await measure("products", () => load({ url: listing, connections, seconds, headers: key }))
    await measure("product by handle", () => load({ url: byHandle, connections, seconds, headers: key }))
    await measure("add to cart", () =>
      load({
        url: `${base}/store/carts`,
        connections,
        // ~250 ms of CPU each: 32 queued ones take longer than a short window, which would
        // then end before any finished and report nothing.
        seconds: seconds * 4,
        method: "POST",
        headers: json,
        path: () => `/store/carts/${carts[nextCart++ % carts.length]}/line-items?fields=${encodeURIComponent(CART_SUMMARY_FIELDS)}`,
        body: () => JSON.stringify({ variant_id: variantId, quantity: 1 }),
      })
    )
    // POST /store/search with each body in turn.
    const searchLoad = (bodies: string[]) => {
      let next = 0
      return () => load({ url: `${base}/store/search`, connections, seconds, method: "POST", headers: json, body: () => bodies[next++ % bodies.length] })
    }
    await measure("search", searchLoad(SEARCH_PAGE_BODIES))
    await measure("listing", searchLoad(LISTING_BODIES))
    await measure("checkout", () => checkouts(shop, connections, seconds * 2))
  }
  return rows
}

/** `clients` shoppers each checking out one item after another: whole checkouts, timed end to end. */
async function checkouts(shop: Shop, clients: number, seconds: number): Promise<LoadResult> {
  const sdk = storeSdk(shop)
  const times: number[] = []
  const failures: string[] = []
  const deadline = Date.now() + seconds * 1000
  const started = Date.now()
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let n = 0; Date.now() < deadline; n++) {
        const begun = performance.now()
        try {
          const cartId = await createCart(sdk, shop)
          await addToCart(sdk, cartId, shop.products[(client + n) % shop.products.length].variantId)
          await checkOut(sdk, cartId)
          times.push(performance.now() - begun)
        } catch (error) {
          failures.push(error instanceof Error ? error.message : String(error))
        }
      }
    })
  )
  const elapsed = (Date.now() - started) / 1000
  const latency: Latency = latencyOf(times)
  if (failures.length) console.error(`checkout failures (${failures.length}):\n  ${[...new Set(failures)].slice(0, 5).join("\n  ")}`)
  return { connections: clients, seconds: elapsed, requests: times.length, requestsPerSecond: times.length / elapsed, errors: failures.length, badStatuses: {}, ...latency }
}
