/**
 * The storefront's own shapes. Pages and components use these, never Medusa's types,
 * so a change in the Store API is absorbed in one place (shape.ts).
 */

import type { JournalAttribution, RegionKey } from "@stillpoint/shop-contracts"

export type { RegionKey }

export type Money = { amount: number; currency: string }

export type Region = {
  key: RegionKey
  id: string
  name: string
  currency: string
  /** ISO 3166-1 alpha-2, lower case. */
  countries: { code: string; name: string }[]
}

export type Category = {
  id: string
  handle: string
  name: string
  description: string
}

export type StockState =
  | { kind: "in_stock" }
  | { kind: "low"; left: number }
  | { kind: "sold_out" }

export type ProductOption = {
  id: string
  title: string
  values: string[]
}

export type ProductVariant = {
  id: string
  title: string
  sku: string | null
  /** Option title → value, e.g. { Fill: "Kapok", Colour: "Charcoal" }. */
  options: Record<string, string>
  price: Money | null
  stock: StockState
}

export type ProductImage = { url: string; alt: string }

/** What a listing's product tile shows. */
export type ProductCard = {
  id: string
  handle: string
  title: string
  subtitle: string
  thumbnail: string | null
  /** The lowest variant price, for "from" prices and the price filter. */
  fromPrice: Money | null
  /** True when variants differ in price. */
  priceVaries: boolean
  soldOut: boolean
}

export type ProductSummary = ProductCard & {
  categoryHandles: string[]
  /** Option title → all values, e.g. Fill → ["Buckwheat hulls", "Kapok"]. */
  optionValues: Record<string, string[]>
  createdAt: string
}

export type Product = ProductSummary & {
  description: string
  images: ProductImage[]
  options: ProductOption[]
  variants: ProductVariant[]
  material: string | null
  care: string | null
  weightGrams: number | null
  dimensionsCm: { length: number; width: number; height: number } | null
}

export type Address = {
  firstName: string
  lastName: string
  company: string
  address1: string
  address2: string
  city: string
  postalCode: string
  province: string
  countryCode: string
  phone: string
}

export type SavedAddress = Address & { id: string; isDefaultShipping: boolean }

export type LineItem = {
  id: string
  title: string
  variantTitle: string
  productHandle: string | null
  variantId: string | null
  /** The journal post the line began in, when it did (shared/src/journal-attribution.ts). */
  fromJournal: JournalAttribution | null
  /** The chosen variant's picture, named after it ("Classic Round Zafu — Kapok / Sage"). */
  image: ProductImage | null
  quantity: number
  unitPrice: Money
  total: Money
}

export type Totals = {
  subtotal: Money
  discount: Money
  shipping: Money
  tax: Money
  /** Given back after the order (Medusa records a refund as a credit line); taken off the total. */
  refunded: Money
  total: Money
  taxInclusive: boolean
}

export type Cart = {
  id: string
  regionId: string
  currency: string
  email: string | null
  items: LineItem[]
  itemCount: number
  totals: Totals
  promoCodes: string[]
  shippingAddress: Address | null
  billingAddress: Address | null
  shippingMethod: { optionId: string; name: string; amount: Money } | null
  paymentProviderId: string | null
  customerId: string | null
}

/** Which cart and what is in it, without totals: the header's count and adding to the cart. */
export type CartSummary = {
  id: string
  regionId: string
  lines: { id: string; variantId: string | null; quantity: number }[]
  itemCount: number
}

export type ShippingOption = {
  id: string
  name: string
  amount: Money
}

/** A way to pay as the checkout offers it. */
export type PaymentMethod = { id: string; label: string; description?: string }

export type OrderPayment = {
  /** The Medusa payment provider the order was paid with, e.g. pp_system_default. */
  providerId: string | null
  /** Medusa's payment status: not_paid, authorized, captured, refunded… */
  status: string
}

export type Order = {
  id: string
  displayId: number
  createdAt: string
  email: string
  currency: string
  items: LineItem[]
  itemCount: number
  totals: Totals
  shippingAddress: Address | null
  billingAddress: Address | null
  shippingMethod: string | null
  status: string
  customerId: string | null
  /** Medusa's fulfillment status: not_fulfilled, fulfilled, shipped, partially_shipped, delivered, … */
  fulfillmentStatus: string
  shipments: { id: string; shippedAt: string; tracking: { number: string; url: string | null }[] }[]
  payment: OrderPayment
}

export type Customer = {
  id: string
  email: string
  firstName: string
  lastName: string
}

/** A run of text in a search result; `matched` runs are the words the query found. */
export type HighlightPart = { text: string; matched: boolean }

export type ProductHit = {
  id: string
  handle: string
  title: HighlightPart[]
  subtitle: string
  /** Where the query matched outside the title (subtitle, description, an option value or category), if it did. */
  snippet: HighlightPart[] | null
  thumbnail: string | null
  /** The cheapest variant's price in the visitor's region. */
  fromPrice: Money | null
}

export type PostHit = {
  id: string
  slug: string
  title: HighlightPart[]
  /** The description, or the passage of the body that matched. */
  snippet: HighlightPart[]
  publishedAt: string
  authorName: string
}

export type FacetCount = { value: string; count: number }

export type ProductFacets = {
  categories: FacetCount[]
  fills: FacetCount[]
  colours: FacetCount[]
  /** Lowest and highest price among the matches, in the region's currency. */
  price: { min: number; max: number } | null
}

export type HitPage<T> = { hits: T[]; total: number }

/** One page of a shop listing: its tiles, how many products match in all, and the filters' counts. */
export type ListingPage = { products: ProductCard[]; total: number; facets: ProductFacets }

/** The header's dropdown: a few products and posts for what has been typed so far. */
export type SearchSuggestions = {
  products: HitPage<ProductHit>
  posts: HitPage<PostHit>
}

/** The results page: a page of each group, and facets for the products. */
export type SearchResults = SearchSuggestions & {
  facets: ProductFacets
  /** "Did you mean": the query with its misspelt words as the search found them, if it corrected any. */
  spelling: string | null
}
