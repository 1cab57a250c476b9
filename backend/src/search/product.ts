/**
 * The `product` search index: published products only, with what the shop's search
 * matches on (title, subtitle, description, categories, option values such as fill and
 * colour, SKUs) and what a results page filters, facets and sorts by.
 *
 * Weights rank a match in the title first, then the subtitle and categories, then the
 * options (fill, colour), then the description and SKUs; synonyms and stop words come from
 * the shop's vocabulary (vocabulary.ts).
 *
 * Stock and price spread are indexed too, so a listing page of tiles (the shop's pages of 24,
 * filtered by "in stock") needs nothing but this index. Stock moves without a product event:
 * orders placed and cancelled, stock levels edited, variants changed each re-read the
 * products they touch (productIdsOf).
 *
 * Drafts, proposed and rejected products never produce a document: the transform drops
 * them, and `graphConsume` turns a dropped row into a delete, so unpublishing a product
 * removes it from the index. /store/search additionally ANDs `status = published` and the
 * publishable key's sales channels onto every product query (both fields are filterable).
 */
import { defineSearchIndex, graphConsume, graphSeed, search } from "@medusajs/framework/utils"
import type { ProductSearchDocument, ProductSearchField } from "@stillpoint/shop-contracts"
import { PRODUCT_DOCUMENT_EVENTS } from "./product-events"
import { vocabularySettings } from "./vocabulary"

// Exactly the fields of the document the storefront reads (shop-contracts).
const fields = search.define({
  // Sortable as the last tiebreak, so pages of equal prices never repeat or skip a product.
  id: search.keyword().filterable().sortable(),
  title: search.text().searchable({ weight: 3 }).sortable(),
  subtitle: search.text().searchable({ weight: 2 }),
  description: search.text().searchable(),
  handle: search.keyword().searchable().filterable(),
  status: search.keyword().filterable(),
  thumbnail: search.keyword(),
  category_names: search.text().array().searchable({ weight: 2 }),
  category_handles: search.keyword().array().filterable().facetable(),
  /** Values of the "Fill" option, e.g. "Buckwheat hulls", "Kapok". */
  fill: search.keyword().array().searchable({ weight: 1.5 }).filterable().facetable(),
  /** Values of the "Colour" option. */
  colour: search.keyword().array().searchable({ weight: 1.5 }).filterable().facetable(),
  /** Every option value, whatever the option is called. */
  option_values: search.text().array().searchable({ weight: 1.5 }),
  variant_skus: search.keyword().array().searchable().filterable(),
  sales_channel_ids: search.keyword().array().filterable(),
  /** Cheapest variant price in major units, per currency. */
  price_usd: search.float().filterable().sortable().facetable({ types: ["range", "stats"] }),
  price_eur: search.float().filterable().sortable().facetable({ types: ["range", "stats"] }),
  /** Some variant can be bought now (stock left, backorders allowed, or stock not tracked). */
  in_stock: search.boolean().filterable().facetable(),
  /** Variants differ in price: the tile says "From". */
  price_varies: search.boolean(),
  created_at: search.date().sortable().filterable(),
} satisfies Record<ProductSearchField, unknown>)

const GRAPH_FIELDS = [
  "id",
  "title",
  "subtitle",
  "description",
  "handle",
  "status",
  "thumbnail",
  "created_at",
  "categories.name",
  "categories.handle",
  "options.title",
  "options.values.value",
  "variants.sku",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.inventory_items.required_quantity",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "sales_channels.id",
]

/** What the index query returns for one product: the document's own fields as stored, and its relations. */
type Row = Pick<ProductSearchDocument, "id" | "title" | "subtitle" | "description" | "handle" | "status" | "thumbnail"> & {
  created_at: string | Date
  categories?: { name: string; handle: string }[] | null
  options?: { title: string; values?: { value: string }[] | null }[] | null
  variants?: Variant[] | null
  sales_channels?: { id: string }[] | null
}

type Variant = {
  sku: string | null
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  inventory_items?: {
    required_quantity?: number | null
    inventory?: { location_levels?: { stocked_quantity?: number | string | null; reserved_quantity?: number | string | null }[] | null } | null
  }[] | null
  prices?: { amount: number | string; currency_code: string }[] | null
}

const optionValues = (row: Row, name: RegExp) =>
  (row.options ?? []).filter((option) => name.test(option.title)).flatMap((option) => (option.values ?? []).map((v) => v.value))

const amountsIn = (row: Row, currency: string) =>
  (row.variants ?? [])
    .flatMap((variant) => variant.prices ?? [])
    .filter((price) => price.currency_code?.toLowerCase() === currency)
    .map((price) => Number(price.amount))
    .filter((amount) => Number.isFinite(amount))

function cheapest(row: Row, currency: string): number | null {
  const amounts = amountsIn(row, currency)
  return amounts.length ? Math.min(...amounts) : null
}

const priceVaries = (row: Row) => ["usd", "eur"].some((currency) => new Set(amountsIn(row, currency)).size > 1)

/** As the Store API's inventory_quantity reads it: stocked less reserved, over every location. */
function canBeBought(variant: Variant): boolean {
  if (!variant.manage_inventory || variant.allow_backorder) return true
  const items = variant.inventory_items ?? []
  if (!items.length) return false
  return items.every((item) => {
    const levels = item.inventory?.location_levels ?? []
    const available = levels.reduce((sum, level) => sum + Number(level.stocked_quantity ?? 0) - Number(level.reserved_quantity ?? 0), 0)
    return available >= (item.required_quantity ?? 1)
  })
}

export function toProductDocument(row: Row): ProductSearchDocument {
  return {
    id: row.id,
    title: row.title,
    subtitle: row.subtitle ?? null,
    description: row.description ?? null,
    handle: row.handle,
    status: row.status,
    thumbnail: row.thumbnail ?? null,
    category_names: (row.categories ?? []).map((c) => c.name),
    category_handles: (row.categories ?? []).map((c) => c.handle),
    fill: optionValues(row, /^fill(ing)?$/i),
    colour: optionValues(row, /^colou?r$/i),
    option_values: (row.options ?? []).flatMap((option) => (option.values ?? []).map((v) => v.value)),
    variant_skus: (row.variants ?? []).map((v) => v.sku).filter((sku): sku is string => !!sku),
    sales_channel_ids: (row.sales_channels ?? []).map((sc) => sc.id),
    price_usd: cheapest(row, "usd"),
    price_eur: cheapest(row, "eur"),
    in_stock: (row.variants ?? []).some(canBeBought),
    price_varies: priceVaries(row),
    created_at: new Date(row.created_at).toISOString(),
  }
}

/** Only published products become documents; anything else is left out (and deleted on events). */
const transform = (rows: Row[]) => rows.filter((row) => row.status === "published").map(toProductDocument)

type ConsumeOptions = Parameters<typeof graphConsume>[0]
type ResolveIds = NonNullable<ConsumeOptions["resolve_ids"]>

const ids = (data: unknown): string[] => {
  const id = (data as { id?: unknown } | null)?.id
  return (Array.isArray(id) ? id : [id]).filter((value): value is string => typeof value === "string")
}

const distinct = (values: (string | null | undefined)[]) => [...new Set(values.filter((value): value is string => !!value))]

/** The products an event touches: the product itself, or those of its variants, order lines or stock levels. */
const productIdsOf: ResolveIds = async (event, { container: { query } }) => {
  const eventIds = ids(event.data)
  if (!eventIds.length) return undefined
  if (event.name.startsWith("product.")) return eventIds
  if (event.name.startsWith("product-variant.")) {
    const { data } = await query.graph({ entity: "product_variant", fields: ["product_id"], filters: { id: eventIds }, withDeleted: true })
    return distinct(data.map((variant) => variant.product_id))
  }
  if (event.name.startsWith("order.")) {
    const { data } = await query.graph({ entity: "order", fields: ["items.product_id"], filters: { id: eventIds } })
    return distinct(data.flatMap((order) => ((order.items ?? []) as ({ product_id?: string | null } | null)[]).map((item) => item?.product_id)))
  }
  const { data } = await query.graph({ entity: "inventory_level", fields: ["inventory_item.variants.product_id"], filters: { id: eventIds }, withDeleted: true })
  return distinct(
    data.flatMap((level) => ((level.inventory_item?.variants ?? []) as ({ product_id?: string | null } | null)[]).map((variant) => variant?.product_id))
  )
}

export default defineSearchIndex({
  name: "product",
  entity: "product",
  fields,
  settings: vocabularySettings,
  events: PRODUCT_DOCUMENT_EVENTS,
  consume: graphConsume({
    fields: GRAPH_FIELDS,
    transform,
    resolve_ids: productIdsOf,
    // Only a deleted product leaves the index; a deleted variant or stock level updates its product.
    is_delete: (event) => event.name === "product.deleted",
  }),
  seed: graphSeed({ fields: GRAPH_FIELDS, transform }),
})
