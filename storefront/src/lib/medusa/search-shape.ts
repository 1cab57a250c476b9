/**
 * POST /store/search: the queries the storefront sends and the answers reshaped into its
 * own types. Pure functions, no `server-only`, so they run under plain Node in unit tests.
 */
import type { HttpTypes, SearchFacetResult, SearchFilters, SearchHit, SearchResult } from "@medusajs/types"
import { REGION_CURRENCY } from "../region"
import type { ProductFilters } from "../product-filters"
import type { FacetCount, HighlightPart, HitPage, PostHit, ProductFacets, ProductHit, RegionKey } from "./types"

/** The product index holds each product's cheapest price per currency, in major units. */
export const PRICE_FIELD: Record<RegionKey, "price_usd" | "price_eur"> = { us: "price_usd", eu: "price_eur" }

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

/** Matches in option values and categories read as "Fill: Kapok" rather than a bare "Kapok". */
const SNIPPET_LABELS: Record<string, string> = { fill: "Fill: ", colour: "Colour: ", category_names: "In " }

/** The first highlighted fragment of the first of `fields` that matched. */
function firstHighlight(hit: SearchHit<Document>, fields: string[]): HighlightPart[] | null {
  for (const field of fields) {
    const fragment = hit.highlights?.[field]?.[0]
    if (fragment) return [...plain(SNIPPET_LABELS[field] ?? ""), ...splitHighlight(fragment)]
  }
  return null
}

/** Where a product matched besides its title, most telling first. */
const PRODUCT_SNIPPET_FIELDS = ["subtitle", "description", "fill", "colour", "category_names"]

export function toProductHit(hit: SearchHit<Document>, region: RegionKey): ProductHit {
  const document = hit.document
  const price = amount(document, PRICE_FIELD[region])
  return {
    id: hit.id,
    handle: text(document, "handle"),
    title: firstHighlight(hit, ["title"]) ?? plain(text(document, "title")),
    subtitle: text(document, "subtitle"),
    snippet: firstHighlight(hit, PRODUCT_SNIPPET_FIELDS),
    thumbnail: text(document, "thumbnail") || null,
    fromPrice: price === null ? null : { amount: price, currency: REGION_CURRENCY[region] },
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
    categories: counts(facets?.category_handles),
    fills: counts(facets?.fill),
    colours: counts(facets?.colour),
    price: price?.type === "stats" && price.count > 0 ? { min: price.min, max: price.max } : null,
  }
}

/** The filter tree for a product query: each facet ORs its values, facets AND together. */
export function toProductSearchFilters(q: string, filters: ProductFilters, region: RegionKey): SearchFilters {
  const tree: SearchFilters = {}
  if (q) tree.q = q
  if (filters.categories.length) tree.category_handles = { $overlaps: filters.categories }
  if (filters.fills.length) tree.fill = { $overlaps: filters.fills }
  if (filters.colours.length) tree.colour = { $overlaps: filters.colours }
  if (filters.minPrice !== null || filters.maxPrice !== null) {
    tree[PRICE_FIELD[region]] = {
      ...(filters.minPrice !== null && { $gte: filters.minPrice }),
      ...(filters.maxPrice !== null && { $lte: filters.maxPrice }),
    }
  }
  return tree
}

type Page = { skip: number; take: number }

/** Typeahead matching (the last word is a prefix), one-letter typos forgiven. */
const MATCHING = { typo_tolerance: true, match_strategy: "last" } as const

export function productSearchQuery(
  q: string,
  filters: ProductFilters,
  region: RegionKey,
  page: Page,
  withFacets: boolean
): HttpTypes.StoreSearchQuery {
  return {
    entity: "product",
    fields: ["id", "handle", "title", "subtitle", "thumbnail", PRICE_FIELD[region]],
    filters: toProductSearchFilters(q, filters, region),
    pagination: page,
    search_options: {
      ...MATCHING,
      highlight: { fields: ["title", ...PRODUCT_SNIPPET_FIELDS], snippet: { length: 16 } },
      count: "exact",
      ...(withFacets && {
        facets: ["category_handles", "fill", "colour", { field: PRICE_FIELD[region], type: "stats" }],
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
