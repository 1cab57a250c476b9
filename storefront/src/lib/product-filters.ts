/**
 * The product filters the shop pages and the search page share, kept in the URL's query
 * string (?category=…&fill=…&colour=…&min=…&max=…&stock=in). Pure: unit tested.
 */

export type ProductFilters = {
  categories: string[]
  fills: string[]
  colours: string[]
  /** Major units in the region's currency, inclusive. */
  minPrice: number | null
  maxPrice: number | null
  /** Only products some variant of which can be bought now. */
  inStock: boolean
}

export const NO_FILTERS: ProductFilters = { categories: [], fills: [], colours: [], minPrice: null, maxPrice: null, inStock: false }

/** The query string's keys that filter products. */
export const FILTER_PARAMS = ["category", "fill", "colour", "min", "max", "stock"] as const

/** What a URL's query string offers: URLSearchParams, or Next's ReadonlyURLSearchParams. */
export type QueryParams = { get(name: string): string | null; getAll(name: string): string[] }

const price = (value: string | null) => {
  if (value === null || value.trim() === "") return null
  const n = Number(value)
  return Number.isFinite(n) && n >= 0 ? n : null
}

const distinctValues = (values: string[]) => [...new Set(values.map((v) => v.trim()).filter(Boolean))]

export function parseProductFilters(params: QueryParams): ProductFilters {
  return {
    categories: distinctValues(params.getAll("category")),
    fills: distinctValues(params.getAll("fill")),
    colours: distinctValues(params.getAll("colour")),
    minPrice: price(params.get("min")),
    maxPrice: price(params.get("max")),
    inStock: params.get("stock") === "in",
  }
}

/** Adds the filters to `params`, none left out but those not set. */
export function appendProductFilters(params: URLSearchParams, filters: ProductFilters): void {
  for (const c of filters.categories) params.append("category", c)
  for (const f of filters.fills) params.append("fill", f)
  for (const c of filters.colours) params.append("colour", c)
  if (filters.minPrice !== null) params.set("min", String(filters.minPrice))
  if (filters.maxPrice !== null) params.set("max", String(filters.maxPrice))
  if (filters.inStock) params.set("stock", "in")
}

export function activeFilterCount(filters: ProductFilters): number {
  return (
    filters.categories.length +
    filters.fills.length +
    filters.colours.length +
    (filters.minPrice !== null ? 1 : 0) +
    (filters.maxPrice !== null ? 1 : 0) +
    (filters.inStock ? 1 : 0)
  )
}
