import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { CACHE_TAGS, PRODUCT_DETAIL_FIELDS, PRODUCT_SUMMARY_FIELDS } from "@stillpoint/shop-contracts"
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

export async function getProduct(handle: string, region: Region): Promise<Product | null> {
  const { products } = await storeFetch<HttpTypes.StoreProductListResponse>("/store/products", {
    query: { handle, region_id: region.id, fields: PRODUCT_DETAIL_FIELDS, limit: 1 },
    tags: [CACHE_TAGS.products, CACHE_TAGS.product(handle)],
  })
  return products[0] ? toProduct(products[0]) : null
}

export async function listProductHandles(): Promise<string[]> {
  const { products } = await storeFetch<HttpTypes.StoreProductListResponse>("/store/products", {
    query: { fields: "id,handle", limit: 500 },
    tags: [CACHE_TAGS.products],
  })
  return products.map((p) => p.handle)
}
