/**
 * A shop listing's state (the shop, a category): filters, order and page, all in the URL's
 * query string, so every view is a link that works without JavaScript, survives reload and
 * back/forward, and reaches every product of any catalogue size. Pure: unit tested.
 */
import { FILTER_PARAMS, NO_FILTERS, appendProductFilters, parseProductFilters, type ProductFilters, type QueryParams } from "./product-filters"
import { pageNumber } from "./search-query"

export const SORTS = {
  featured: "Featured",
  newest: "Newest",
  "price-asc": "Price, low to high",
  "price-desc": "Price, high to low",
} as const
export type Sort = keyof typeof SORTS

export const LISTING_PAGE_SIZE = 24

export type ListingState = { filters: ProductFilters; sort: Sort; page: number }

/** The first page, unfiltered, in the shop's own order: the view prerendered for each listing. */
export const DEFAULT_LISTING: ListingState = { filters: NO_FILTERS, sort: "featured", page: 1 }

/** The query string's keys a listing reads. */
export const LISTING_PARAMS = [...FILTER_PARAMS, "sort", "page"] as const

export function parseListingState(params: QueryParams): ListingState {
  const sort = params.get("sort")
  return {
    filters: parseProductFilters(params),
    sort: sort && Object.hasOwn(SORTS, sort) ? (sort as Sort) : "featured",
    page: pageNumber(params.get("page")),
  }
}

/** "?fill=…&sort=…&page=2" with defaults left out, so equal states give equal URLs. */
export function listingStateToQuery(state: ListingState): string {
  const params = new URLSearchParams()
  appendProductFilters(params, state.filters)
  if (state.sort !== "featured") params.set("sort", state.sort)
  if (state.page > 1) params.set("page", String(state.page))
  const query = params.toString()
  return query ? `?${query}` : ""
}

/** A query string that changes what a listing shows (not, say, a campaign's utm_source). */
export function isListingQuery(params: { has(name: string): boolean }): boolean {
  return LISTING_PARAMS.some((name) => params.has(name))
}
