import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { CACHE_TAGS, PRODUCT_DETAIL_FIELDS } from "@stillpoint/shop-contracts"
import { isHandle } from "../handles"
import { listingStateToQuery, type ListingState } from "../shop-listing"
import { storeFetch } from "./fetch"
import { searchMany } from "./search"
import { featuredQuery, handlesInCategoryQuery, listingQuery, toHitPage, toProductCard, toProductFacets } from "./search-shape"
import { toProduct } from "./shape"
import type { ListingPage, Product, ProductCard, Region } from "./types"

/**
 * Listings read the product search index, which holds what a tile shows (price per currency,
 * stock, thumbnail): a page of 24 with every filter's counts is one request, at any catalogue
 * size, and a tile costs a few hundred bytes rather than a priced product with its variants.
 */

/** The first products in the catalogue's own order (the home page, the empty search page). */
export async function listFeaturedProducts(region: Region, count: number): Promise<ProductCard[]> {
  const [result] = await searchMany([featuredQuery(region.key, count)], [CACHE_TAGS.products])
  return toHitPage(result, (hit) => toProductCard(hit, region.key)).hits
}

/**
 * One page of the shop (`category` null) or of a category. The unfiltered first page is the
 * prerendered one and is cached until the catalogue changes; any other view is per request.
 */
export async function listProductPage(region: Region, state: ListingState, category: string | null): Promise<ListingPage> {
  const prerendered = listingStateToQuery(state) === ""
  const [result] = await searchMany([listingQuery(state, region.key, category)], prerendered ? [CACHE_TAGS.products] : undefined)
  const page = toHitPage(result, (hit) => toProductCard(hit, region.key))
  return { products: page.hits, total: page.total, facets: toProductFacets(result?.facets, region.key) }
}

/** Which of `handles` are products of `category` (an existing one: the answer is cached). */
export async function handlesInCategory(handles: string[], category: string): Promise<Set<string>> {
  if (!handles.length) return new Set()
  const [result] = await searchMany([handlesInCategoryQuery(handles, category)], [CACHE_TAGS.products, CACHE_TAGS.categories])
  return new Set((result?.hits ?? []).map((hit) => String(hit.document.handle)))
}

/**
 * A product by its handle, or null. A handle of the wrong shape is null without asking the Store API.
 * Only handles the catalogue lists are read through the data cache: a made-up one must not add a
 * cache entry per address. The list is one cached request cleared with the products tag (the
 * backend's revalidation on every catalogue change), so a product created after the build is
 * listed, and cached, from its next request. `unlisted: "fetch"` (the product page, rendered per
 * request) still asks the Store API, uncached, for a handle the list lacks; elsewhere (prerendered
 * pages, which an uncached request would turn dynamic) an unlisted handle is null.
 */
export async function getProduct(handle: string, region: Region, options: { unlisted?: "fetch" | "null" } = {}): Promise<Product | null> {
  if (!isHandle(handle)) return null
  const handles = await listProductHandles()
  // A full page of handles may have left some out: then the list proves nothing.
  const listed = handles.includes(handle) || handles.length >= HANDLE_LIST_LIMIT
  if (!listed && options.unlisted !== "fetch") return null
  const { products } = await storeFetch<HttpTypes.StoreProductListResponse>("/store/products", {
    query: { handle, region_id: region.id, fields: PRODUCT_DETAIL_FIELDS, limit: 1 },
    ...(listed ? { tags: [CACHE_TAGS.products, CACHE_TAGS.product(handle)] } : {}),
  })
  return products[0] ? toProduct(products[0]) : null
}

const HANDLE_LIST_LIMIT = 1000

export async function listProductHandles(): Promise<string[]> {
  const { products } = await storeFetch<HttpTypes.StoreProductListResponse>("/store/products", {
    query: { fields: "id,handle", limit: HANDLE_LIST_LIMIT },
    tags: [CACHE_TAGS.products],
  })
  return products.map((p) => p.handle)
}
