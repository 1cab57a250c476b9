/**
 * The `product` search index: published products only, with what the shop's search
 * matches on (title, subtitle, description, categories, option values such as fill and
 * colour, SKUs) and what a results page filters, facets and sorts by.
 *
 * Weights rank a match in the title first, then the subtitle and categories, then the
 * options (fill, colour), then the description and SKUs; synonyms and stop words come from
 * the shop's vocabulary (vocabulary.ts).
 *
 * Drafts, proposed and rejected products never produce a document: the transform drops
 * them, and `graphConsume` turns a dropped row into a delete, so unpublishing a product
 * removes it from the index. /store/search additionally ANDs `status = published` and the
 * publishable key's sales channels onto every product query (both fields are filterable).
 */
import { defineSearchIndex, graphConsume, graphSeed, search } from "@medusajs/framework/utils"
import type { ProductSearchDocument, ProductSearchField } from "@stillpoint/shop-contracts"
import { vocabularySettings } from "./vocabulary"

// Exactly the fields of the document the storefront reads (shop-contracts).
const fields = search.define({
  id: search.keyword().filterable(),
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
  "variants.prices.amount",
  "variants.prices.currency_code",
  "sales_channels.id",
]

/** What the index query returns for one product: the document's own fields as stored, and its relations. */
type Row = Pick<ProductSearchDocument, "id" | "title" | "subtitle" | "description" | "handle" | "status" | "thumbnail"> & {
  created_at: string | Date
  categories?: { name: string; handle: string }[] | null
  options?: { title: string; values?: { value: string }[] | null }[] | null
  variants?: { sku: string | null; prices?: { amount: number | string; currency_code: string }[] | null }[] | null
  sales_channels?: { id: string }[] | null
}

const optionValues = (row: Row, name: RegExp) =>
  (row.options ?? []).filter((option) => name.test(option.title)).flatMap((option) => (option.values ?? []).map((v) => v.value))

function cheapest(row: Row, currency: string): number | null {
  const amounts = (row.variants ?? [])
    .flatMap((variant) => variant.prices ?? [])
    .filter((price) => price.currency_code?.toLowerCase() === currency)
    .map((price) => Number(price.amount))
    .filter((amount) => Number.isFinite(amount))
  return amounts.length ? Math.min(...amounts) : null
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
    created_at: new Date(row.created_at).toISOString(),
  }
}

/** Only published products become documents; anything else is left out (and deleted on events). */
const transform = (rows: Row[]) => rows.filter((row) => row.status === "published").map(toProductDocument)

export default defineSearchIndex({
  name: "product",
  entity: "product",
  fields,
  settings: vocabularySettings,
  events: ["product.created", "product.updated", "product.deleted"],
  consume: graphConsume({ fields: GRAPH_FIELDS, transform }),
  seed: graphSeed({ fields: GRAPH_FIELDS, transform }),
})
