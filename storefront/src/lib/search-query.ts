/** The search results page's state, kept in the URL's query string. Pure: unit tested. */
import { normaliseWords, SEARCH_QUERY_LIMITS, searchQueryProblem } from "@stillpoint/shop-contracts"
import { appendProductFilters, parseProductFilters, type ProductFilters, type QueryParams } from "./product-filters"

/** Longer queries are refused (the API answers 400, the page cuts them). */
export const MAX_QUERY_LENGTH = SEARCH_QUERY_LIMITS.characters
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

/** Pages are written as digits, and no result list is longer than 10,000 pages: "1e300" is page 1. */
export const pageNumber = (value: string | null) => (value && /^[1-9]\d{0,3}$/.test(value) ? Number(value) : 1)

/** The query as searched: trimmed, cut to the backend's limits rather than refused. */
export function normaliseQuery(q: string | null): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is taken out (the backend refuses NUL)
  const cut = (q ?? "").replace(/[\u0000-\u001f\u007f]+/g, " ").trim().slice(0, MAX_QUERY_LENGTH)
  return searchQueryProblem(cut) ? normaliseWords(cut).split(" ").slice(0, SEARCH_QUERY_LIMITS.words).join(" ") : cut
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
