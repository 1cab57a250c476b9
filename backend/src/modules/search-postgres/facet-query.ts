/**
 * A query without keywords (a listing: filters, sort, page, facet counts) as SQL over the
 * facet table (facet-table.ts), meaning exactly what the stock provider's SQL over the
 * document's JSONB means: a field a document lacks never equals anything, so "not equal" and
 * "none of" match it; comparisons and patterns never match it; arrays match by membership.
 *
 * Anything this cannot express the same way (an operator on a field without a column, a
 * comparison on an array, a value that is not a number where one is wanted) makes it return
 * null, and the stock provider answers, with its own errors for what is invalid.
 */
import type { SearchTypes } from "@medusajs/framework/types"
import type { NormalizedFacetRequest } from "../../lib/medusa-internals"
import { facetTable, sortTerm, type FacetColumn, type FacetColumns } from "./facet-table"

export type Sql = { sql: string; params: unknown[] }

class Unsupported extends Error {}

function cast(column: FacetColumn, value: unknown): string | number | boolean {
  switch (column.type) {
    case "float8": {
      const number = column.isDate && value instanceof Date ? value.getTime() : typeof value === "number" ? value : Number(value)
      if (Number.isNaN(number)) throw new Unsupported()
      return number
    }
    case "boolean":
      return typeof value === "boolean" ? value : value === "true" || value === "false" ? value === "true" : Boolean(value)
    default:
      return typeof value === "string" ? value : String(value)
  }
}

const placeholders = (values: unknown[], params: unknown[]) => {
  params.push(...values)
  return values.map(() => "?").join(", ")
}

/** The field equals one of the values (on an array: holds one of them); null stands for "lacks the field". */
function anyOf(column: FacetColumn, values: unknown[], params: unknown[]): string {
  if (!values.length) return "FALSE"
  const present = values.filter((value) => value !== null && value !== undefined).map((value) => cast(column, value))
  const parts: string[] = []
  if (present.length) {
    const list = placeholders(present, params)
    parts.push(column.type === "text[]" ? `COALESCE("${column.column}" && ARRAY[${list}]::text[], FALSE)` : `COALESCE("${column.column}" IN (${list}), FALSE)`)
  }
  if (present.length < values.length) parts.push(`"${column.column}" IS NULL`)
  return parts.length === 1 ? parts[0] : `(${parts.join(" OR ")})`
}

function comparison(column: FacetColumn, operator: string, value: unknown, params: unknown[]): string {
  if (column.type === "text[]") throw new Unsupported()
  params.push(cast(column, value))
  return `"${column.column}" ${operator} ?`
}

const COMPARISONS: Record<string, string> = { $gt: ">", $gte: ">=", $lt: "<", $lte: "<=" }

function fieldPredicate(column: FacetColumn, raw: unknown, params: unknown[]): string {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return anyOf(column, Array.isArray(raw) ? raw : [raw], params)
  const operators = Object.entries(raw).filter(([key]) => key.startsWith("$"))
  if (!operators.length) throw new Unsupported()
  const list = (value: unknown) => (Array.isArray(value) ? value : [value])
  const parts = operators.map(([operator, value]) => {
    switch (operator) {
      case "$eq":
        return anyOf(column, [value], params)
      case "$ne":
        return value === null || value === undefined ? `"${column.column}" IS NOT NULL` : `NOT ${anyOf(column, [value], params)}`
      case "$in":
        return anyOf(column, list(value), params)
      case "$nin":
        return `NOT ${anyOf(column, list(value), params)}`
      case "$exists":
        return `"${column.column}" IS ${value ? "NOT NULL" : "NULL"}`
      case "$contains": {
        if (column.type !== "text[]") throw new Unsupported()
        const values = list(value).map((v) => cast(column, v))
        return `COALESCE("${column.column}" @> ARRAY[${placeholders(values, params)}]::text[], FALSE)`
      }
      case "$overlaps":
        if (column.type !== "text[]") throw new Unsupported()
        return anyOf(column, list(value), params)
      case "$prefix":
      case "$like":
        if (column.type !== "text") throw new Unsupported()
        params.push(operator === "$prefix" ? `${String(value)}%` : String(value))
        return `"${column.column}" LIKE ?`
      default:
        if (operator in COMPARISONS) return comparison(column, COMPARISONS[operator], value, params)
        throw new Unsupported()
    }
  })
  return parts.length === 1 ? parts[0] : `(${parts.join(" AND ")})`
}

/** The filters as a WHERE condition over the facet table: undefined for none, null when unsupported. */
export function facetWhere(filters: SearchTypes.SearchFilters | undefined, columns: FacetColumns): Sql | undefined | null {
  if (!filters) return undefined
  const params: unknown[] = []
  const compile = (branch: SearchTypes.SearchFilters): string => {
    const parts: string[] = []
    for (const [key, value] of Object.entries(branch)) {
      if (key === "q") continue
      if (key === "$and" || key === "$or") {
        const nested = ((value ?? []) as SearchTypes.SearchFilters[]).map(compile).filter(Boolean)
        if (nested.length) parts.push(`(${nested.join(key === "$and" ? " AND " : " OR ")})`)
        continue
      }
      if (key === "$not") {
        const nested = compile(value as SearchTypes.SearchFilters)
        if (nested) parts.push(`NOT (${nested})`)
        continue
      }
      const column = columns.get(key)
      if (!column) throw new Unsupported()
      parts.push(fieldPredicate(column, value, params))
    }
    return parts.join(" AND ")
  }
  try {
    const sql = compile(filters)
    return sql ? { sql, params } : undefined
  } catch (error) {
    if (error instanceof Unsupported) return null
    throw error
  }
}

/**
 * The ORDER BY of the requested order, or null when it is not over columns. Without
 * keywords every score is the same, so `_score` orders nothing; the default is the id's.
 */
export function facetOrder(order: Record<string, string> | undefined, columns: FacetColumns): string | null {
  const clauses: string[] = []
  for (const [property, direction] of Object.entries(order ?? {})) {
    if (property === "_score") continue
    const column = columns.get(property)
    if (!column || column.type === "text[]") return null
    clauses.push(sortTerm(column, direction === "ASC" ? "ASC" : "DESC"))
  }
  return clauses.length ? clauses.join(", ") : `"id" ASC`
}

const whereOf = (scope: Sql | undefined, ...more: string[]) => {
  const conditions = [...(scope ? [`(${scope.sql})`] : []), ...more]
  return conditions.length ? `WHERE ${conditions.join(" AND ")}` : ""
}

/** One page of the documents, in order: ids from the facet table, documents from the document table. */
export function pageSql(documentTable: string, scope: Sql | undefined, order: string, take: number, skip: number): Sql {
  return {
    sql: `SELECT d."id", d."document" FROM unnest(ARRAY(
        SELECT "id" FROM "${facetTable(documentTable)}" ${whereOf(scope)} ORDER BY ${order} LIMIT ? OFFSET ?
      )) WITH ORDINALITY AS page("id", "position")
      JOIN "${documentTable}" d ON d."id" = page."id"
      ORDER BY page."position"`,
    params: [...(scope?.params ?? []), take, skip],
  }
}

/** The relation each facet counts over: one listing's groups of rows (facetsSql). */
const SCOPED = `"scoped"`
/** The groups of rows of every listing in one statement, each flagged with the listings it belongs to. */
const LISTED = `"listed"`

/**
 * A facet over a listing's rows, read from groups of them (facetsSql): the facet table's
 * columns its groups are told apart by, the aggregates it needs of each group, and then its
 * rows (shaped as the stock provider's, which its mapFacetResult reads) from the groups.
 */
export type FacetSql = {
  keys: string[]
  partials: Sql[]
  /** The facet's rows over SCOPED, whose groups carry "n" (how many rows) and the partials under these names. */
  rows: (partials: string[]) => Sql
}

/** One listing's share of facetsSql: its filters, its facets, whether it wants the count. */
export type FacetsPart = { scope: Sql | undefined; facets: FacetSql[]; count: boolean }

/**
 * The counts and facets of several listings over one facet table in one statement. This is how
 * a listing with disjunctive facets arrives: its own query, and one per filtered facet with that
 * facet's filter dropped.
 *
 * The table is read once for all of them, and its rows are grouped by what the facets tell apart
 * (10,000 products have tens or hundreds of combinations of category, fill and colour, not
 * 10,000), so each facet counts groups, not rows. Each row is flagged with the listings whose filters it
 * passes (as a WHERE takes a condition: IS TRUE), and each listing reads only its flagged groups.
 * The answer is one row: "c0" (the first listing's count), "p0f0", "p0f1" (its facets as JSON
 * rows), "c1", "p1f0", …
 */
export function facetsSql(documentTable: string, parts: FacetsPart[]): Sql {
  const keys = [...new Set(parts.flatMap((part) => part.facets.flatMap((facet) => facet.keys)))].map((column) => `"${column}"`)
  // Each partial's column, by listing, facet and partial.
  const names = parts.map((part, p) => part.facets.map((facet, f) => facet.partials.map((_, k) => `"a${p}_${f}_${k}"`)))
  const partials = parts.flatMap((part, p) =>
    part.facets.flatMap((facet, f) => facet.partials.map((partial, k) => ({ sql: `${partial.sql} AS ${names[p][f][k]}`, params: partial.params })))
  )
  const flagged = parts.length > 1
  const flags = flagged ? parts.map((_, p) => `"s${p}"`) : []
  const scopes = parts.map((part) => part.scope)
  const every = scopes.every((scope) => scope !== undefined)
    ? { sql: (scopes as Sql[]).map((scope) => `(${scope.sql})`).join(" OR "), params: (scopes as Sql[]).flatMap((scope) => scope.params) }
    : undefined

  // Parameters in the order their placeholders appear in the text.
  const params: unknown[] = partials.flatMap((partial) => partial.params)
  const flagColumns = flagged
    ? parts.map((part, p) => {
        params.push(...(part.scope?.params ?? []))
        return `, ${part.scope ? `(${part.scope.sql}) IS TRUE` : "TRUE"} AS "s${p}"`
      })
    : []
  params.push(...(every?.params ?? []))
  const grouping = [...keys, ...flags]
  const listed = `SELECT ${[...grouping, `COUNT(*) AS "n"`, ...partials.map((partial) => partial.sql)].join(", ")}
      FROM (SELECT *${flagColumns.join("")} FROM "${facetTable(documentTable)}" ${whereOf(every)}) AS "filtered"
      ${grouping.length ? `GROUP BY ${grouping.join(", ")}` : ""}`

  const selects = parts.flatMap((part, p) => {
    const scoped = `WITH ${SCOPED} AS NOT MATERIALIZED (SELECT * FROM ${LISTED}${flagged ? ` WHERE "s${p}"` : ""})`
    return [
      ...(part.count ? [`(${scoped} SELECT COALESCE(SUM("n"), 0) FROM ${SCOPED})::int AS "c${p}"`] : []),
      ...part.facets.map((request, f) => {
        const rows = request.rows(names[p][f])
        params.push(...rows.params)
        return `(SELECT COALESCE(json_agg(rows), '[]'::json) FROM (${scoped} ${rows.sql}) rows) AS "p${p}f${f}"`
      }),
    ]
  })
  return { sql: `WITH ${LISTED} AS MATERIALIZED (${listed}) SELECT ${selects.join(", ") || "1"}`, params }
}

/** A facet of the kind requested, over the field's column; null when the column cannot count it. */
export function facetSql(request: NormalizedFacetRequest, columns: FacetColumns): FacetSql | null {
  const column = columns.get(request.field)
  if (!column) return null
  const name = `"${column.column}"`
  const groups = `COALESCE(SUM("n"), 0)::int`
  if (request.type === "stats" || request.type === "range") {
    if (column.type !== "float8") return null
    if (request.type === "stats") {
      return {
        keys: [],
        partials: [`MIN(${name})`, `MAX(${name})`, `SUM(${name})`, `COUNT(${name})`].map((sql) => ({ sql, params: [] })),
        rows: ([min, max, sum, count]) => ({
          sql: `SELECT MIN(${min}) AS "min", MAX(${max}) AS "max", SUM(${sum}) / NULLIF(SUM(${count}), 0)::float8 AS "avg", SUM(${sum}) AS "sum", ${groups} AS "count" FROM ${SCOPED}`,
          params: [],
        }),
      }
    }
    const partials = (request.ranges ?? []).map((range) => {
      const params: unknown[] = []
      const conditions: string[] = []
      if (range.from !== undefined) conditions.push(`${name} >= ${placeholders([range.from], params)}`)
      if (range.to !== undefined) conditions.push(`${name} < ${placeholders([range.to], params)}`)
      return { sql: `COUNT(*) FILTER (WHERE ${conditions.join(" AND ") || "TRUE"})`, params }
    })
    return {
      keys: [],
      partials,
      rows: (names) => ({ sql: `SELECT ${names.map((count, i) => `COALESCE(SUM(${count}), 0)::int AS "r${i}"`).join(", ") || "1"} FROM ${SCOPED}`, params: [] }),
    }
  }
  const value = column.type === "text[]" ? `v."value"` : `${name}::text`
  const from = column.type === "text[]" ? `${SCOPED} CROSS JOIN LATERAL unnest(${name}) AS v("value")` : SCOPED
  const conditions = [`${value} IS NOT NULL`]
  const params: unknown[] = []
  if (request.query !== undefined) {
    conditions.push(`${value} LIKE ?`)
    params.push(`${request.query}%`)
  }
  params.push(request.limit ?? 10)
  const order = request.sort === "alpha" ? `"value" ASC` : `"count" DESC, "value" ASC`
  return {
    keys: [column.column],
    partials: [],
    rows: () => ({ sql: `SELECT ${value} AS "value", SUM("n")::int AS "count" FROM ${from} ${whereOf(undefined, ...conditions)} GROUP BY 1 ORDER BY ${order} LIMIT ?`, params }),
  }
}
