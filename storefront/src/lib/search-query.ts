/** The search results page's state, kept in the URL's query string. Pure: unit tested. */
import { appendProductFilters, parseProductFilters, type ProductFilters, type QueryParams } from "./product-filters"

/** Longer queries are refused (the API answers 400, the page cuts them). */
export const MAX_QUERY_LENGTH = 100
export const PRODUCTS_PER_PAGE = 12
export const POSTS_PER_PAGE = 4

export type SearchState = {
  q: string
  filters: ProductFilters
  /** Products and posts are paged separately: ?page= and ?posts_page=. */
  page: number
  postsPage: number
}

/** What Next.js hands a page as `searchParams`. */
export type PageSearchParams = Record<string, string | string[] | undefined>

export function toURLSearchParams(record: PageSearchParams): URLSearchParams {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(record)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, item)
  }
  return params
}

const pageNumber = (value: string | null) => {
  const n = Number(value)
  return Number.isInteger(n) && n >= 1 ? n : 1
}

export function normaliseQuery(q: string | null): string {
  return (q ?? "").trim().slice(0, MAX_QUERY_LENGTH)
}

export function parseSearchState(params: QueryParams): SearchState {
  return {
    q: normaliseQuery(params.get("q")),
    filters: parseProductFilters(params),
    page: pageNumber(params.get("page")),
    postsPage: pageNumber(params.get("posts_page")),
  }
}

/** "?q=…&fill=…" with defaults left out, so equal states give equal URLs. */
export function searchStateToQuery(state: SearchState): string {
  const params = new URLSearchParams()
  if (state.q) params.set("q", state.q)
  appendProductFilters(params, state.filters)
  if (state.page > 1) params.set("page", String(state.page))
  if (state.postsPage > 1) params.set("posts_page", String(state.postsPage))
  const query = params.toString()
  return query ? `?${query}` : ""
}
