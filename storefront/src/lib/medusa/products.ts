import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { storeFetch } from "./fetch"
import { toProduct, toProductSummary } from "./shape"
import { TAGS } from "./tags"
import type { Product, ProductSummary, Region } from "./types"

const SUMMARY_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "thumbnail",
  "created_at",
  "*categories",
  "*options",
  "*options.values",
  "*variants",
  "*variants.options",
  "*variants.calculated_price",
  "+variants.inventory_quantity",
].join(",")

const DETAIL_FIELDS = `${SUMMARY_FIELDS},description,material,weight,length,width,height,metadata,*images`

/** Every published product, priced for the region. The catalogue is small enough to filter in one place. */
export async function listProducts(region: Region): Promise<ProductSummary[]> {
  const { products } = await storeFetch<HttpTypes.StoreProductListResponse>("/store/products", {
    query: { region_id: region.id, fields: SUMMARY_FIELDS, limit: 200, order: "created_at" },
    tags: [TAGS.products],
  })
  return products.map(toProductSummary)
}

export async function getProduct(handle: string, region: Region): Promise<Product | null> {
  const { products } = await storeFetch<HttpTypes.StoreProductListResponse>("/store/products", {
    query: { handle, region_id: region.id, fields: DETAIL_FIELDS, limit: 1 },
    tags: [TAGS.products, TAGS.product(handle)],
  })
  return products[0] ? toProduct(products[0]) : null
}

export async function listProductHandles(): Promise<string[]> {
  const { products } = await storeFetch<HttpTypes.StoreProductListResponse>("/store/products", {
    query: { fields: "handle", limit: 500 },
    tags: [TAGS.products],
  })
  return products.map((p) => p.handle)
}
