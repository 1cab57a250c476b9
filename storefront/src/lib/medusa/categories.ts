import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { CACHE_TAGS } from "@stillpoint/shop-contracts"
import { isHandle } from "../handles"
import { storeFetch } from "./fetch"
import { toCategory } from "./shape"
import type { Category } from "./types"

export async function listCategories(): Promise<Category[]> {
  const { product_categories } = await storeFetch<HttpTypes.StoreProductCategoryListResponse>("/store/product-categories", {
    query: { fields: "id,handle,name,description,rank", limit: 100, order: "rank" },
    tags: [CACHE_TAGS.categories],
  })
  return product_categories.map(toCategory)
}

/** A category by handle, from the one cached list (a handle of the wrong shape is null without a request). */
export async function getCategory(handle: string): Promise<Category | null> {
  if (!isHandle(handle)) return null
  return (await listCategories()).find((c) => c.handle === handle) ?? null
}
