/** The Search Module's filter tree in Meilisearch's filter syntax. */
import type { SearchTypes } from "@medusajs/framework/types"
import { dateFields } from "./documents"
import { invalid, reject } from "./errors"

type Definition = SearchTypes.ResolvedSearchIndexDefinition

const OPERATORS = new Set(["$eq", "$ne", "$in", "$nin", "$lt", "$lte", "$gt", "$gte", "$exists", "$contains", "$overlaps", "$prefix", "$like"])

export function quoteValue(value: SearchTypes.SearchFilterValue, isDate = false): string {
  if (value === null) return invalid("null can only be compared with $eq / $ne (IS NULL)")
  if (isDate || value instanceof Date) {
    const time = (value instanceof Date ? value : new Date(value as string | number)).getTime()
    if (Number.isNaN(time)) invalid(`"${String(value)}" is not a date`)
    return String(time)
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) invalid(`${value} is not a finite number`)
    return String(value)
  }
  if (typeof value === "boolean") return String(value)
  return `"${String(value).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`
}

function attribute(path: string): string {
  if (!/^[A-Za-z0-9_.-]+$/.test(path)) invalid(`Cannot filter on "${path}": unsupported characters in the field name`)
  return path
}

/**
 * The filter tree to Meilisearch's filter expression. Top-level keys AND together; an
 * array value means IN; `$contains` on an array field means every value is present
 * (`=` on an array attribute matches any element). `$prefix` and `$like` are rejected:
 * Meilisearch has no substring filter.
 */
export function compileFilters(filters: SearchTypes.SearchFilters | undefined, index: Pick<Definition, "fields">): string | undefined {
  if (!filters) return undefined
  const dates = dateFields(index)
  const clauses: string[] = []
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || key === "q") continue
    if (key === "$and" || key === "$or") {
      const branches = (value as SearchTypes.SearchFilters[]).map((branch) => compileFilters(branch, index)).filter((b): b is string => !!b)
      if (!branches.length) continue
      clauses.push(branches.length === 1 ? branches[0] : `(${branches.map((b) => `(${b})`).join(key === "$and" ? " AND " : " OR ")})`)
      continue
    }
    if (key === "$not") {
      const inner = compileFilters(value as SearchTypes.SearchFilters, index)
      if (inner) clauses.push(`NOT (${inner})`)
      continue
    }
    if (key.startsWith("$")) invalid(`Unknown filter operator "${key}"`)
    clauses.push(compileField(attribute(key), value, dates.has(key)))
  }
  if (!clauses.length) return undefined
  return clauses.length === 1 ? clauses[0] : clauses.map((c) => (/ (AND|OR) /.test(c) && !c.startsWith("(") ? `(${c})` : c)).join(" AND ")
}

/** A clause no document satisfies (an empty IN list). */
const never = (field: string) => `(${field} EXISTS AND ${field} NOT EXISTS)`

function compileField(field: string, value: unknown, isDate: boolean): string {
  const q = (v: SearchTypes.SearchFilterValue) => quoteValue(v, isDate)
  const list = (values: SearchTypes.SearchFilterValue[]) => `[${values.map(q).join(", ")}]`
  if (value === null) return `${field} IS NULL`
  if (Array.isArray(value)) return value.length ? `${field} IN ${list(value as SearchTypes.SearchFilterValue[])}` : never(field)
  if (typeof value !== "object" || value instanceof Date) return `${field} = ${q(value as SearchTypes.SearchFilterValue)}`

  type Operand = SearchTypes.SearchFilterValue
  const parts: string[] = []
  for (const [op, operand] of Object.entries(value as Record<string, unknown>)) {
    if (operand === undefined) continue
    if (!OPERATORS.has(op)) invalid(`Unknown filter operator "${op}" on "${field}"`)
    switch (op) {
      case "$eq":
        parts.push(operand === null ? `${field} IS NULL` : `${field} = ${q(operand as Operand)}`)
        break
      case "$ne":
        parts.push(operand === null ? `${field} IS NOT NULL` : `${field} != ${q(operand as Operand)}`)
        break
      case "$in":
        parts.push((operand as unknown[]).length ? `${field} IN ${list(operand as Operand[])}` : "false")
        break
      case "$nin":
        if ((operand as unknown[]).length) parts.push(`${field} NOT IN ${list(operand as Operand[])}`)
        break
      case "$lt":
        parts.push(`${field} < ${q(operand as Operand)}`)
        break
      case "$lte":
        parts.push(`${field} <= ${q(operand as Operand)}`)
        break
      case "$gt":
        parts.push(`${field} > ${q(operand as Operand)}`)
        break
      case "$gte":
        parts.push(`${field} >= ${q(operand as Operand)}`)
        break
      case "$exists":
        parts.push(operand ? `${field} EXISTS` : `${field} NOT EXISTS`)
        break
      case "$contains": {
        const values = Array.isArray(operand) ? operand : [operand]
        parts.push((values as Operand[]).map((v) => `${field} = ${q(v)}`).join(" AND "))
        break
      }
      case "$overlaps":
        parts.push((operand as unknown[]).length ? `${field} IN ${list(operand as Operand[])}` : "false")
        break
      default:
        reject(`cannot filter with "${op}" ("${field}"): Meilisearch has no substring filter`)
    }
  }
  // "false" stands for an empty IN: Meilisearch has no boolean literal.
  const compiled = parts.map((p) => (p === "false" ? never(field) : p))
  if (!compiled.length) return `(${field} EXISTS OR ${field} NOT EXISTS)`
  return compiled.length === 1 ? compiled[0] : compiled.join(" AND ")
}

/** `{ id: [..] }` (or `$in`/`$eq` on the primary key) and nothing else: delete by id. */
export function primaryKeyIds(filters: SearchTypes.SearchFilters, primaryKey: string): string[] | undefined {
  const entries = Object.entries(filters).filter(([, value]) => value !== undefined)
  if (entries.length !== 1 || entries[0][0] !== primaryKey) return undefined
  const value: unknown = entries[0][1]
  if (typeof value === "string" || typeof value === "number") return [String(value)]
  if (Array.isArray(value)) return value.map(String)
  if (value && typeof value === "object") {
    const ops: Record<string, unknown> = { ...value }
    const keys = Object.keys(ops)
    if (keys.length === 1 && Array.isArray(ops.$in)) return ops.$in.map(String)
    if (keys.length === 1 && keys[0] === "$eq" && ops.$eq !== null && ops.$eq !== undefined) return [String(ops.$eq)]
  }
  return undefined
}
