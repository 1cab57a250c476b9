/**
 * Dotted paths ("categories.handle") into search documents, through arrays, and to the
 * fields of an index definition: shared by the Postgres and Meilisearch search providers.
 */
import type { SearchTypes } from "@medusajs/framework/types"

type Field = SearchTypes.SearchFieldDefinition

/** Every field of an index definition that is not an object, by its dotted path. */
export function leafFields(fields: Record<string, Field>, prefix = ""): [string, Field][] {
  return Object.entries(fields).flatMap(([name, field]) => {
    const path = prefix ? `${prefix}.${name}` : name
    return field.type === "object" && field.fields ? leafFields(field.fields, path) : [[path, field] as [string, Field]]
  })
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value)

/** Every value at the path (arrays along the way are flattened). */
export function readPath(source: unknown, segments: string[]): unknown[] {
  if (source === null || source === undefined) return []
  if (Array.isArray(source)) return source.flatMap((item) => readPath(item, segments))
  if (!segments.length) return [source]
  if (!isRecord(source)) return []
  return readPath(source[segments[0]], segments.slice(1))
}

/** Replaces every value at the path with `map(value)`, in place. */
export function mapPath(target: unknown, segments: string[], map: (value: unknown) => unknown): void {
  if (Array.isArray(target)) {
    for (const item of target) mapPath(item, segments, map)
    return
  }
  if (!isRecord(target) || !segments.length) return
  const [head, ...rest] = segments
  if (!(head in target)) return
  if (rest.length) mapPath(target[head], rest, map)
  else target[head] = map(target[head])
}

/** Removes the path's last key wherever it occurs, in place. */
export function deletePath(target: unknown, segments: string[]): void {
  if (Array.isArray(target)) {
    for (const item of target) deletePath(item, segments)
    return
  }
  if (!isRecord(target) || !segments.length) return
  const [head, ...rest] = segments
  if (rest.length) deletePath(target[head], rest)
  else delete target[head]
}
