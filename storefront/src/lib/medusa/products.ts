import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { CACHE_TAGS, PRODUCT_DETAIL_FIELDS, PRODUCT_SUMMARY_FIELDS } from "@stillpoint/shop-contracts"
import { isHandle } from "../handles"
import { storeFetch } from "./fetch"
import { toProduct, toProductSummary } from "./shape"
import type { Product, ProductSummary, Region } from "./types"

/** Every published product, priced for the region. The catalogue is small enough to filter in one place. */
export async function listProducts(region: Region): Promise<ProductSummary[]> {
  const { products } = await storeFetch<HttpTypes.StoreProductListResponse>("/store/products", {
    query: { region_id: region.id, fields: PRODUCT_SUMMARY_FIELDS, limit: 200, order: "created_at" },
    tags: [CACHE_TAGS.products],
  })
  return products.map(toProductSummary)
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
