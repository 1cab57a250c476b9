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

/** Start on the first variant that can be bought, else the first one. */
export function initialSelection(product: Pick<Product, "variants">, sku?: string | null): Selection {
  const bySku = sku ? product.variants.find((v) => v.sku === sku) : undefined
  const variant = bySku ?? product.variants.find((v) => v.stock.kind !== "sold_out") ?? product.variants[0]
  return variant ? { ...variant.options } : {}
}

/**
 * The pictures for the chosen colour (or wood), recognised by the value in the file name
 * ("…-indigo-front.webp"); all pictures when none match.
 */
export function imagesForSelection<T extends { url: string }>(images: T[], selection: Selection): T[] {
  const values = [selection.Colour, selection.Wood].filter((v): v is string => Boolean(v))
  for (const value of values) {
    const slug = `-${value.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-`
    const matching = images.filter((image) => image.url.toLowerCase().includes(slug))
    if (matching.length) return matching
  }
  return images
}
