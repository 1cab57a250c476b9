/**
 * POST /store/search: the queries the storefront sends and the answers reshaped into its
 * own types. Pure functions, no `server-only`, so they run under plain Node in unit tests.
 */
import type { HttpTypes, SearchFacetResult, SearchFilters, SearchHit, SearchResult } from "@medusajs/types"
import { PRODUCT_PRICE_FIELDS, type ProductSearchField } from "@stillpoint/shop-contracts"
import { REGION_CURRENCY } from "../region"
import { NO_FILTERS, type ProductFilters } from "../product-filters"
import { POSTS_PER_PAGE, PRODUCTS_PER_PAGE, type SearchState } from "../search-query"
import { LISTING_PAGE_SIZE, type ListingState, type Sort } from "../shop-listing"
import type { FacetCount, HighlightPart, HitPage, PostHit, ProductCard, ProductFacets, ProductHit, RegionKey } from "./types"

/** The product index holds each product's cheapest price per currency, in major units. */
export const PRICE_FIELD = { us: PRODUCT_PRICE_FIELDS.usd, eu: PRODUCT_PRICE_FIELDS.eur } as const satisfies Record<RegionKey, ProductSearchField>

const MARK_OPEN = "<mark>"
const MARK_CLOSE = "</mark>"

/**
 * A highlight fragment → runs of text. Only the `<mark>` tags are markup; everything else
 * is text (the providers do not escape it), so it is rendered as React text and never
 * parsed as HTML.
 */
export function splitHighlight(fragment: string): HighlightPart[] {
  const parts: HighlightPart[] = []
  let matched = false
  for (const piece of fragment.split(/(<mark>|<\/mark>)/)) {
    if (piece === MARK_OPEN || piece === MARK_CLOSE) {
      matched = piece === MARK_OPEN
      continue
    }
    if (!piece) continue
    const last = parts[parts.length - 1]
    if (last && last.matched === matched) last.text += piece
    else parts.push({ text: piece, matched })
  }
  return parts
}

const plain = (text: string): HighlightPart[] => (text ? [{ text, matched: false }] : [])

type Document = Record<string, unknown>

const text = (document: Document, field: string) => {
  const value = document[field]
  return typeof value === "string" ? value : ""
}

const amount = (document: Document, field: string) => {
  const value = document[field]
  return typeof value === "number" && Number.isFinite(value) ? value : null
}

const fromPrice = (document: Document, region: RegionKey) => {
  const price = amount(document, PRICE_FIELD[region])
  return price === null ? null : { amount: price, currency: REGION_CURRENCY[region] }
}

/** Matches in option values and categories read as "Fill: Kapok" rather than a bare "Kapok". */
const SNIPPET_LABELS: Record<string, string> = { fill: "Fill: ", colour: "Colour: ", category_names: "In " } satisfies Partial<Record<ProductSearchField, string>>

/** The first highlighted fragment of the first of `fields` that matched. */
function firstHighlight(hit: SearchHit<Document>, fields: string[]): HighlightPart[] | null {
  for (const field of fields) {
    const fragment = hit.highlights?.[field]?.[0]
    if (fragment) return [...plain(SNIPPET_LABELS[field] ?? ""), ...splitHighlight(fragment)]
  }
  return null
}

/** Where a product matched besides its title, most telling first. */
const PRODUCT_SNIPPET_FIELDS: ProductSearchField[] = ["subtitle", "description", "fill", "colour", "category_names"]

/** A product hit's own fields, as the results show them. */
const PRODUCT_HIT_FIELDS: ProductSearchField[] = ["id", "handle", "title", "subtitle", "thumbnail"]

/** The facets of the results page's filters (ProductFilters), price aside. */
const PRODUCT_FACET_FIELDS = { categories: "category_handles", fills: "fill", colours: "colour" } as const satisfies Record<string, ProductSearchField>

export function toProductHit(hit: SearchHit<Document>, region: RegionKey): ProductHit {
  const field = (name: ProductSearchField) => text(hit.document, name)
  return {
    id: hit.id,
    handle: field("handle"),
    title: firstHighlight(hit, ["title"]) ?? plain(field("title")),
    subtitle: field("subtitle"),
    snippet: firstHighlight(hit, PRODUCT_SNIPPET_FIELDS),
    thumbnail: field("thumbnail") || null,
    fromPrice: fromPrice(hit.document, region),
  }
}

/** A listing tile's fields: all a tile shows, from the index alone (no Store API product read). */
const productCardFields = (region: RegionKey): ProductSearchField[] => ["id", "handle", "title", "subtitle", "thumbnail", "in_stock", "price_varies", PRICE_FIELD[region]]

export function toProductCard(hit: SearchHit<Document>, region: RegionKey): ProductCard {
  const field = (name: ProductSearchField) => text(hit.document, name)
  return {
    id: hit.id,
    handle: field("handle"),
    title: field("title"),
    subtitle: field("subtitle"),
    thumbnail: field("thumbnail") || null,
    fromPrice: fromPrice(hit.document, region),
    priceVaries: hit.document.price_varies === true,
    soldOut: hit.document.in_stock === false,
  }
}

export function toPostHit(hit: SearchHit<Document>): PostHit {
  const document = hit.document
  return {
    id: hit.id,
    slug: text(document, "slug"),
    title: firstHighlight(hit, ["title"]) ?? plain(text(document, "title")),
    snippet: firstHighlight(hit, ["description", "body"]) ?? plain(text(document, "description")),
    publishedAt: text(document, "published_at"),
    authorName: text(document, "author_name"),
  }
}

/** The words the hits' highlights marked: what the search matched the query's words to. */
export function matchedWords(hits: { title: HighlightPart[]; snippet: HighlightPart[] | null }[]): string[] {
  return hits.flatMap((hit) => [...hit.title, ...(hit.snippet ?? [])]).filter((part) => part.matched).map((part) => part.text)
}

export function toHitPage<T>(result: SearchResult<Document> | undefined, toHit: (hit: SearchHit<Document>) => T): HitPage<T> {
  if (!result) return { hits: [], total: 0 }
  const hits = result.hits.map(toHit)
  return { hits, total: result.metadata.count ?? result.metadata.skip + hits.length }
}

const counts = (facet: SearchFacetResult | undefined): FacetCount[] =>
  facet?.type === "value" ? facet.values.map(({ value, count }) => ({ value, count })) : []

export function toProductFacets(facets: Record<string, SearchFacetResult> | undefined, region: RegionKey): ProductFacets {
  const price = facets?.[PRICE_FIELD[region]]
  return {
    categories: counts(facets?.[PRODUCT_FACET_FIELDS.categories]),
    fills: counts(facets?.[PRODUCT_FACET_FIELDS.fills]),
    colours: counts(facets?.[PRODUCT_FACET_FIELDS.colours]),
    price: price?.type === "stats" && price.count > 0 ? { min: price.min, max: price.max } : null,
  }
}

/** The filter tree for a product query: each facet ORs its values, facets AND together. */
export function toProductSearchFilters(q: string, filters: ProductFilters, region: RegionKey): SearchFilters {
  const tree: SearchFilters = {}
  if (q) tree.q = q
  for (const key of ["categories", "fills", "colours"] as const) {
    if (filters[key].length) tree[PRODUCT_FACET_FIELDS[key]] = { $overlaps: filters[key] }
  }
  if (filters.inStock) tree.in_stock = true
  if (filters.minPrice !== null || filters.maxPrice !== null) {
    tree[PRICE_FIELD[region]] = {
      ...(filters.minPrice !== null && { $gte: filters.minPrice }),
      ...(filters.maxPrice !== null && { $lte: filters.maxPrice }),
    }
  }
  return tree
}

type Page = { skip: number; take: number }

/**
 * Graceful matching: documents with every word first, then fewer; typos forgiven per word;
 * the last word also a prefix while it is being typed.
 */
const MATCHING = { typo_tolerance: true, match_strategy: "any" } as const

export function productSearchQuery(
  q: string,
  filters: ProductFilters,
  region: RegionKey,
  page: Page,
  withFacets: boolean
): HttpTypes.StoreSearchQuery {
  return {
    entity: "product",
    fields: [...PRODUCT_HIT_FIELDS, PRICE_FIELD[region]],
    filters: toProductSearchFilters(q, filters, region),
    pagination: page,
    search_options: {
      ...MATCHING,
      highlight: { fields: ["title", ...PRODUCT_SNIPPET_FIELDS], snippet: { length: 16 } },
      count: "exact",
      ...(withFacets && {
        facets: [...Object.values(PRODUCT_FACET_FIELDS), { field: PRICE_FIELD[region], type: "stats" }],
        // Each facet ignores its own filter, so choosing "Kapok" still offers "Buckwheat hulls".
        disjunctive_facets: true,
      }),
    },
  }
}

export function postSearchQuery(q: string, page: Page): HttpTypes.StoreSearchQuery {
  return {
    entity: "post",
    fields: ["id", "slug", "title", "description", "published_at", "author_name"],
    filters: { q },
    pagination: page,
    search_options: {
      ...MATCHING,
      highlight: { fields: ["title", "description", "body"], snippet: { length: 20 } },
      count: "exact",
    },
  }
}

/** The header's type-ahead: a few products and posts, no facets. */
export const SUGGESTED = { products: 5, posts: 3 } as const

export function suggestionQueries(q: string, region: RegionKey): HttpTypes.StoreSearchQuery[] {
  return [
    productSearchQuery(q, NO_FILTERS, region, { skip: 0, take: SUGGESTED.products }, false),
    postSearchQuery(q, { skip: 0, take: SUGGESTED.posts }),
  ]
}

/** The results page: one page of products (filtered, with facets) and one page of posts. */
export function resultsPageQueries(state: SearchState, region: RegionKey): HttpTypes.StoreSearchQuery[] {
  return [
    productSearchQuery(state.q, state.filters, region, { skip: (state.page - 1) * PRODUCTS_PER_PAGE, take: PRODUCTS_PER_PAGE }, true),
    postSearchQuery(state.q, { skip: (state.postsPage - 1) * POSTS_PER_PAGE, take: POSTS_PER_PAGE }),
  ]
}

/**
 * Each order ends on the product id, so products that tie (equal prices, one seed batch's
 * timestamp) keep their places from page to page. "Featured" is the catalogue's own order.
 */
function listingOrder(sort: Sort, region: RegionKey): Record<string, "ASC" | "DESC"> {
  switch (sort) {
    case "newest":
      return { created_at: "DESC", id: "ASC" }
    case "price-asc":
      return { [PRICE_FIELD[region]]: "ASC", id: "ASC" }
    case "price-desc":
      return { [PRICE_FIELD[region]]: "DESC", id: "ASC" }
    default:
      return { created_at: "ASC", id: "ASC" }
  }
}

/**
 * One page of a listing (the shop, or a category: then that category is fixed, whatever the
 * URL says), with the counts of every filter's values across the whole catalogue.
 */
export function listingQuery(state: ListingState, region: RegionKey, category: string | null): HttpTypes.StoreSearchQuery {
  const filters = category ? { ...state.filters, categories: [category] } : state.filters
  const facets: HttpTypes.StoreSearchQuery["search_options"] = {
    count: "exact",
    facets: [
      ...(category ? [] : [PRODUCT_FACET_FIELDS.categories]),
      PRODUCT_FACET_FIELDS.fills,
      PRODUCT_FACET_FIELDS.colours,
      { field: PRICE_FIELD[region], type: "stats" },
    ],
    disjunctive_facets: true,
  }
  return {
    entity: "product",
    fields: productCardFields(region),
    filters: toProductSearchFilters("", filters, region),
    pagination: { skip: (state.page - 1) * LISTING_PAGE_SIZE, take: LISTING_PAGE_SIZE, order: listingOrder(state.sort, region) },
    search_options: facets,
  }
}

/** Which of `handles` (products the journal links to) are in `category`: the category's posts are theirs. */
export function handlesInCategoryQuery(handles: string[], category: string): HttpTypes.StoreSearchQuery {
  return {
    entity: "product",
    fields: ["handle"],
    filters: { handle: { $in: handles }, category_handles: { $overlaps: [category] } },
    pagination: { take: 100 },
    search_options: { count: "none" },
  }
}

/** The first products in the catalogue's own order, as tiles (the home page, the empty search page). */
export function featuredQuery(region: RegionKey, take: number): HttpTypes.StoreSearchQuery {
  return {
    entity: "product",
    fields: productCardFields(region),
    pagination: { take, order: listingOrder("featured", region) },
    search_options: { count: "none" },
  }
}
