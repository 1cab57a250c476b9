/**
 * The tags on the storefront's cached catalogue pages. The storefront tags its fetches with
 * them; the backend names them when it asks the storefront to regenerate pages after a
 * change (POST /api/revalidate {"tags": [...]}).
 */
export const CACHE_TAGS = {
  products: "products",
  product: (handle: string) => `product:${handle}`,
  categories: "categories",
  regions: "regions",
} as const
