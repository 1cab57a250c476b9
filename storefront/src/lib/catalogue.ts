/** Shop filters and sorting, kept in the URL's query string. Pure: unit tested. */
import type { ProductSummary } from "./medusa/types"

export const SORTS = {
  featured: "Featured",
  newest: "Newest",
  "price-asc": "Price, low to high",
  "price-desc": "Price, high to low",
} as const
export type Sort = keyof typeof SORTS

export type Filters = {
  categories: string[]
  fills: string[]
  colours: string[]
  minPrice: number | null
  maxPrice: number | null
  sort: Sort
}

type Params = { get(name: string): string | null; getAll(name: string): string[] }

const number = (value: string | null) => {
  if (value === null || value.trim() === "") return null
  const n = Number(value)
  return Number.isFinite(n) && n >= 0 ? n : null
}

export function parseFilters(params: Params): Filters {
  const sort = params.get("sort")
  return {
    categories: params.getAll("category"),
    fills: params.getAll("fill"),
    colours: params.getAll("colour"),
    minPrice: number(params.get("min")),
    maxPrice: number(params.get("max")),
    sort: sort && sort in SORTS ? (sort as Sort) : "featured",
  }
}

export function filtersToQuery(filters: Filters): string {
  const params = new URLSearchParams()
  filters.categories.forEach((c) => params.append("category", c))
  filters.fills.forEach((f) => params.append("fill", f))
  filters.colours.forEach((c) => params.append("colour", c))
  if (filters.minPrice !== null) params.set("min", String(filters.minPrice))
  if (filters.maxPrice !== null) params.set("max", String(filters.maxPrice))
  if (filters.sort !== "featured") params.set("sort", filters.sort)
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

export function applyFilters<P extends FilterableProduct>(products: P[], filters: Filters): P[] {
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
  switch (filters.sort) {
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
