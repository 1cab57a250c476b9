/**
 * A document of the `product` search index: what the backend indexes for each published
 * product (backend/src/search/product.ts) and the storefront queries, filters, facets and
 * shows (storefront/src/lib/medusa/search-shape.ts).
 */
export type ProductSearchDocument = {
  id: string
  title: string
  subtitle: string | null
  description: string | null
  handle: string
  status: string
  thumbnail: string | null
  category_names: string[]
  category_handles: string[]
  /** Values of the "Fill" option, e.g. "Buckwheat hulls", "Kapok". */
  fill: string[]
  /** Values of the "Colour" option. */
  colour: string[]
  /** Every option value, whatever the option is called. */
  option_values: string[]
  variant_skus: string[]
  sales_channel_ids: string[]
  /** Cheapest variant price in major units, per currency. */
  price_usd: number | null
  price_eur: number | null
  /** Some variant can be bought now. */
  in_stock: boolean
  /** Variants differ in price. */
  price_varies: boolean
  /** ISO 8601. */
  created_at: string
}

export type ProductSearchField = keyof ProductSearchDocument

/** The field holding a product's cheapest price in each currency the shop sells in. */
export const PRODUCT_PRICE_FIELDS = { usd: "price_usd", eur: "price_eur" } as const satisfies Record<string, ProductSearchField>
