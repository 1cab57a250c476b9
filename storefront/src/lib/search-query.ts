/** The search results page's state, kept in the URL's query string. Pure: unit tested. */

/** Longer queries are refused (the API answers 400, the page cuts them). */
export const MAX_QUERY_LENGTH = 100
export const PRODUCTS_PER_PAGE = 12
export const POSTS_PER_PAGE = 4

export type ProductFilters = {
  categories: string[]
  fills: string[]
  colours: string[]
  /** Major units in the region's currency, inclusive. */
  minPrice: number | null
  maxPrice: number | null
}

export type SearchState = {
  q: string
  filters: ProductFilters
  /** Products and posts are paged separately: ?page= and ?posts_page=. */
  page: number
  postsPage: number
}

type Params = { get(name: string): string | null; getAll(name: string): string[] }

/** What Next.js hands a page as `searchParams`. */
export type PageSearchParams = Record<string, string | string[] | undefined>

export function toURLSearchParams(record: PageSearchParams): URLSearchParams {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(record)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, item)
  }
  return params
}

const price = (value: string | null) => {
  if (value === null || value.trim() === "") return null
  const n = Number(value)
  return Number.isFinite(n) && n >= 0 ? n : null
}

const pageNumber = (value: string | null) => {
  const n = Number(value)
  return Number.isInteger(n) && n >= 1 ? n : 1
}

const distinctValues = (values: string[]) => [...new Set(values.map((v) => v.trim()).filter(Boolean))]

export function normaliseQuery(q: string | null): string {
  return (q ?? "").trim().slice(0, MAX_QUERY_LENGTH)
}

export function parseSearchState(params: Params): SearchState {
  return {
    q: normaliseQuery(params.get("q")),
    filters: {
      categories: distinctValues(params.getAll("category")),
      fills: distinctValues(params.getAll("fill")),
      colours: distinctValues(params.getAll("colour")),
      minPrice: price(params.get("min")),
      maxPrice: price(params.get("max")),
    },
    page: pageNumber(params.get("page")),
    postsPage: pageNumber(params.get("posts_page")),
  }
}

/** "?q=…&fill=…" with defaults left out, so equal states give equal URLs. */
export function searchStateToQuery(state: SearchState): string {
  const params = new URLSearchParams()
  if (state.q) params.set("q", state.q)
  state.filters.categories.forEach((c) => params.append("category", c))
  state.filters.fills.forEach((f) => params.append("fill", f))
  state.filters.colours.forEach((c) => params.append("colour", c))
  if (state.filters.minPrice !== null) params.set("min", String(state.filters.minPrice))
  if (state.filters.maxPrice !== null) params.set("max", String(state.filters.maxPrice))
  if (state.page > 1) params.set("page", String(state.page))
  if (state.postsPage > 1) params.set("posts_page", String(state.postsPage))
  const query = params.toString()
  return query ? `?${query}` : ""
}

export function activeFilterCount(filters: ProductFilters): number {
  return (
    filters.categories.length +
    filters.fills.length +
    filters.colours.length +
    (filters.minPrice !== null ? 1 : 0) +
    (filters.maxPrice !== null ? 1 : 0)
  )
}

export const NO_FILTERS: ProductFilters = { categories: [], fills: [], colours: [], minPrice: null, maxPrice: null }
