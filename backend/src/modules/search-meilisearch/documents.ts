/**
 * Documents in and out of Meilisearch: dates are stored as epoch milliseconds so they can be
 * range-filtered and sorted, and come back as ISO strings.
 */
import type { SearchTypes } from "@medusajs/framework/types"
import { leafFields, mapPath } from "../../lib/document-paths"

type Definition = SearchTypes.ResolvedSearchIndexDefinition

/** The paths of the index's date fields. */
export const dateFields = (index: Pick<Definition, "fields">) =>
  new Set(leafFields(index.fields).filter(([, f]) => f.type === "date").map(([path]) => path))

function toEpoch(value: unknown): unknown {
  if (value === null || value === undefined) return value
  if (Array.isArray(value)) return value.map(toEpoch)
  const date = value instanceof Date ? value : typeof value === "string" || typeof value === "number" ? new Date(value) : null
  const time = date?.getTime()
  return time === undefined || Number.isNaN(time) ? value : time
}

/** A document as stored in Meilisearch: dates as epoch milliseconds. */
export function encodeDocument(document: SearchTypes.SearchDocument, index: Pick<Definition, "fields">) {
  const copy: Record<string, unknown> = structuredClone(document)
  for (const path of dateFields(index)) mapPath(copy, path.split("."), toEpoch)
  return copy
}

/** A stored document back in the contract's shape: dates as ISO strings. */
export function decodeDocument(document: Record<string, unknown>, index: Pick<Definition, "fields">) {
  for (const path of dateFields(index)) {
    mapPath(document, path.split("."), (value) =>
      typeof value === "number" ? new Date(value).toISOString() : Array.isArray(value) ? value.map((v) => (typeof v === "number" ? new Date(v).toISOString() : v)) : value
    )
  }
  return document
}
