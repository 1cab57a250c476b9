/** The product page's variant picker logic: pure, so it is unit tested. */
import type { Product, ProductVariant } from "./medusa/types"

export type Selection = Record<string, string>

export type ValueState = "available" | "sold_out" | "unavailable"

export function findVariant(variants: ProductVariant[], selection: Selection): ProductVariant | undefined {
  return variants.find((v) => Object.entries(v.options).every(([title, value]) => selection[title] === value))
}

/**
 * How a value would look if picked with the other options as selected now:
 * "unavailable" when no variant has that combination (the button is disabled),
 * "sold_out" when the variant exists but has no stock.
 */
export function valueState(product: Pick<Product, "variants">, selection: Selection, optionTitle: string, value: string): ValueState {
  const candidate = { ...selection, [optionTitle]: value }
  const matches = product.variants.filter((v) =>
    Object.entries(candidate).every(([title, chosen]) => v.options[title] === undefined || v.options[title] === chosen),
  )
  if (matches.length === 0) return "unavailable"
  return matches.every((v) => v.stock.kind === "sold_out") ? "sold_out" : "available"
}

/** An option's title or value as it reads in an address: "Buckwheat hulls" → "buckwheat-hulls". */
export function slugify(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
}

/** A page's query string, as Next hands it to a page. */
export type Query = Record<string, string | string[] | undefined>

/**
 * A product page's address with the selection in it, one parameter per option in the page's
 * order: `/us/products/classic-round-zafu?colour=sage&fill=kapok`, so a link reads like what was chosen.
 */
export function selectionPath(productPath: string, product: Pick<Product, "options">, selection: Selection): string {
  const params = new URLSearchParams()
  for (const option of product.options) {
    const value = selection[option.title]
    if (value) params.set(slugify(option.title), slugify(value))
  }
  const query = params.toString()
  return query ? `${productPath}?${query}` : productPath
}

/**
 * Where a product page starts: on the variant its address names (selectionPath's parameters;
 * naming only some options picks the first of their variants that can be bought), else on the
 * first variant that can be bought, else the first one. Parameters that name no option or value,
 * or a combination no variant has, are ignored: the link may predate a change to the catalogue,
 * and the product is still worth showing.
 */
export function initialSelection(product: Pick<Product, "options" | "variants">, query: Query = {}): Selection {
  const wanted: Selection = {}
  for (const option of product.options) {
    const param = query[slugify(option.title)]
    const asked = Array.isArray(param) ? param[0] : param
    const value = asked === undefined ? undefined : option.values.find((v) => slugify(v) === slugify(asked))
    if (value) wanted[option.title] = value
  }
  const named = product.variants.filter((v) => Object.entries(wanted).every(([title, value]) => v.options[title] === value))
  const candidates = named.length ? named : product.variants
  const variant = candidates.find((v) => v.stock.kind !== "sold_out") ?? candidates[0]
  return variant ? { ...variant.options } : {}
}

/**
 * The pictures for the chosen colour (or wood), recognised by the value in the file name
 * ("…-indigo-front.webp"); all pictures when none match.
 */
export function imagesForSelection<T extends { url: string }>(images: T[], selection: Selection): T[] {
  const values = [selection.Colour, selection.Wood].filter((v): v is string => Boolean(v))
  for (const value of values) {
    const slug = `-${slugify(value)}-`
    const matching = images.filter((image) => image.url.toLowerCase().includes(slug))
    if (matching.length) return matching
  }
  return images
}
