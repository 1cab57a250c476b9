/** Cache tags for the catalogue. POST /api/revalidate with these names to refresh pages. */
export const TAGS = {
  products: "products",
  product: (handle: string) => `product:${handle}`,
  categories: "categories",
  regions: "regions",
} as const
