/** Shop filters and sorting, kept in the URL's query string. Pure: unit tested. */
import type { ProductSummary } from "./medusa/types"
import { appendProductFilters, parseProductFilters, type ProductFilters, type QueryParams } from "./product-filters"

export const SORTS = {
  featured: "Featured",
  newest: "Newest",
  "price-asc": "Price, low to high",
  "price-desc": "Price, high to low",
} as const
export type Sort = keyof typeof SORTS

/** What the shop's product list shows: the filters and the order. */
export type ShopView = { filters: ProductFilters; sort: Sort }

export function parseShopView(params: QueryParams): ShopView {
  const sort = params.get("sort")
  return { filters: parseProductFilters(params), sort: sort && sort in SORTS ? (sort as Sort) : "featured" }
}

/** "?category=…&sort=…" with defaults left out. */
export function shopViewToQuery(view: ShopView): string {
  const params = new URLSearchParams()
  appendProductFilters(params, view.filters)
  if (view.sort !== "featured") params.set("sort", view.sort)
  const query = params.toString()
  return query ? `?${query}` : ""
}

const matchesAny = (wanted: string[], values: string[] | undefined) =>
  wanted.length === 0 || (values ?? []).some((v) => wanted.includes(v))

/** What filtering and sorting read of a product: all the shop's browser needs (tiles come rendered). */
export type FilterableProduct = Pick<ProductSummary, "id" | "categoryHandles" | "fromPrice" | "optionValues" | "createdAt">

export function filterableProduct({ id, categoryHandles, fromPrice, optionValues, createdAt }: ProductSummary): FilterableProduct {
  return { id, categoryHandles, fromPrice, optionValues, createdAt }
}

export function applyShopView<P extends FilterableProduct>(products: P[], { filters, sort }: ShopView): P[] {
  const filtered = products.filter((p) => {
    const price = p.fromPrice?.amount ?? 0
    return (
      matchesAny(filters.categories, p.categoryHandles) &&
      matchesAny(filters.fills, p.optionValues.Fill) &&
      matchesAny(filters.colours, p.optionValues.Colour) &&
      (filters.minPrice === null || price >= filters.minPrice) &&
      (filters.maxPrice === null || price <= filters.maxPrice)
    )
  })
  const price = (p: FilterableProduct) => p.fromPrice?.amount ?? Number.POSITIVE_INFINITY
  switch (sort) {
    case "price-asc":
      return filtered.sort((a, b) => price(a) - price(b))
    case "price-desc":
      return filtered.sort((a, b) => price(b) - price(a))
    case "newest":
      return filtered.sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    default:
      return filtered
  }
}

/** The values offered in the filter panel: those some product actually has. */
export function facetValues(products: FilterableProduct[], option: string): string[] {
  return [...new Set(products.flatMap((p) => p.optionValues[option] ?? []))].sort()
}
