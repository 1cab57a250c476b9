/**
 * Each document table's facet table: the fields that listings filter, sort and count by, one
 * typed column each (text, text[], float8, boolean), kept in step with the document table by
 * triggers in the same transaction as every write.
 *
 * Why: the stock provider filters, sorts and counts facets over the document table's `indexed`
 * JSONB, which holds the whole document (descriptions, SKUs: kilobytes per row, stored out of
 * line). A shop listing runs six to nine such scans (the page, the count, each facet, each
 * disjunctive facet), and at 10,000 products they took ~190 ms at p95. The same scans over
 * narrow typed rows read a tenth of the bytes and compare plain values instead of
 * JSONB containment (facet-query.ts).
 *
 * Only fields of one plain type get a column: keywords and text (scalar or array), numbers and
 * dates (scalar), booleans (scalar). A query that touches any other field is left to the stock
 * provider.
 */
import type { IndexPlan, PostgresFieldKind } from "../../lib/medusa-internals"

export type FacetColumn = {
  path: string
  /** The column's name in the facet table. */
  column: string
  type: "text" | "text[]" | "float8" | "boolean"
  /** Dates: the document holds epoch milliseconds, filters may pass a Date. */
  isDate: boolean
  sortable: boolean
}

export type FacetColumns = ReadonlyMap<string, FacetColumn>

export const facetTable = (documentTable: string) => `${documentTable}_facets`
const syncFunction = (documentTable: string) => `${facetTable(documentTable)}_sync`

const MAX_IDENTIFIER = 63

/** The column type of each field kind, as one value and as an array (numbers and booleans only one). */
const COLUMN_TYPES: Partial<Record<PostgresFieldKind, { one: FacetColumn["type"]; many?: FacetColumn["type"] }>> = {
  keyword: { one: "text", many: "text[]" },
  text: { one: "text", many: "text[]" },
  number: { one: "float8" },
  boolean: { one: "boolean" },
}

/** The facet table's columns: every filterable, sortable or facetable field of one plain type, by path. */
export function facetColumns(plan: IndexPlan): FacetColumns {
  const columns = new Map<string, FacetColumn>()
  for (const planned of plan.fields.values()) {
    const { field } = planned
    if (!field.filterable && !field.sortable && !field.facetable) continue
    const types = COLUMN_TYPES[planned.kind]
    const type = planned.is_array ? types?.many : types?.one
    if (!type) continue
    const column = `f${columns.size}_${planned.path.replace(/[^a-z0-9_]/gi, "_").toLowerCase()}`.slice(0, MAX_IDENTIFIER)
    columns.set(planned.path, { path: planned.path, column, type, isDate: planned.is_date, sortable: !!field.sortable })
  }
  return columns
}

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`

/** The column's value read from a JSONB projection (`source`), as the stock provider stores it. */
function extract(source: string, column: FacetColumn): string {
  const path = `ARRAY[${column.path.split(".").map(literal).join(", ")}]::text[]`
  switch (column.type) {
    case "text[]":
      return `CASE WHEN jsonb_typeof(${source} #> ${path}) = 'array' THEN ARRAY(SELECT jsonb_array_elements_text(${source} #> ${path})) END`
    case "float8":
      return `(${source} #>> ${path})::float8`
    case "boolean":
      return `(${source} #>> ${path})::boolean`
    default:
      return `${source} #>> ${path}`
  }
}

/** One ORDER BY term over a column, as listings sort (facetOrder) and as the sort indexes are built. */
export const sortTerm = (column: FacetColumn, direction: "ASC" | "DESC") => `"${column.column}" ${direction} NULLS LAST`

/**
 * An index for each way a listing sorts by a number or date (price, newest first), in the
 * order facetOrder writes, the primary key breaking ties: a listing's first pages then read
 * their rows in order and stop, instead of sorting every row in scope.
 */
function sortIndexesSql(table: string, columns: FacetColumns, primaryKey: string): string[] {
  const tieBreaker = columns.get(primaryKey)
  return [...columns.values()]
    .filter((column) => column.sortable && column.type === "float8")
    .flatMap((column, i) =>
      (["ASC", "DESC"] as const).map(
        (direction) =>
          `CREATE INDEX "${table}_sort${i}_${direction.toLowerCase()}" ON "${table}" (${[sortTerm(column, direction), ...(tieBreaker ? [sortTerm(tieBreaker, "ASC")] : [])].join(", ")})`
      )
    )
}

/**
 * Creates the facet table, the triggers that keep it in step, and fills it from the document
 * table. Run in one transaction: the triggers lock out writers until the fill has committed.
 * No `?` anywhere: the database manager would read it as a parameter.
 */
export function createFacetTableSql(documentTable: string, columns: FacetColumns, primaryKey: string): string[] {
  const table = facetTable(documentTable)
  const all = [...columns.values()]
  const names = ["id", ...all.map((c) => c.column)].map((name) => `"${name}"`).join(", ")
  const upsert = (source: string, id: string) =>
    `INSERT INTO "${table}" (${names}) SELECT ${[id, ...all.map((c) => extract(source, c))].join(", ")}`
  const updates = all.map((c) => `"${c.column}" = EXCLUDED."${c.column}"`)
  const onConflict = updates.length ? `ON CONFLICT ("id") DO UPDATE SET ${updates.join(", ")}` : `ON CONFLICT ("id") DO NOTHING`
  return [
    `CREATE TABLE "${table}" ("id" text PRIMARY KEY${all.map((c) => `, "${c.column}" ${c.type}`).join("")})`,
    `CREATE OR REPLACE FUNCTION "${syncFunction(documentTable)}"() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       IF TG_OP = 'TRUNCATE' THEN
         TRUNCATE "${table}";
         RETURN NULL;
       END IF;
       IF TG_OP IN ('DELETE', 'UPDATE') THEN
         DELETE FROM "${table}" WHERE "id" = OLD."id" AND (TG_OP = 'DELETE' OR OLD."id" <> NEW."id");
       END IF;
       IF TG_OP IN ('INSERT', 'UPDATE') THEN
         ${upsert(`NEW."indexed"`, `NEW."id"`)} ${onConflict};
       END IF;
       RETURN NULL;
     END $$`,
    `CREATE TRIGGER "${table}_rows" AFTER INSERT OR DELETE OR UPDATE OF "id", "indexed" ON "${documentTable}"
     FOR EACH ROW EXECUTE FUNCTION "${syncFunction(documentTable)}"()`,
    `CREATE TRIGGER "${table}_truncate" AFTER TRUNCATE ON "${documentTable}" FOR EACH STATEMENT EXECUTE FUNCTION "${syncFunction(documentTable)}"()`,
    `${upsert(`d."indexed"`, `d."id"`)} FROM "${documentTable}" d ${onConflict}`,
    ...sortIndexesSql(table, columns, primaryKey),
    `ANALYZE "${table}"`,
  ]
}

/** Drops the facet table and its function (the triggers went with the document table, or go now). */
export function dropFacetTableSql(documentTable: string): string[] {
  return [`DROP FUNCTION IF EXISTS "${syncFunction(documentTable)}"() CASCADE`, `DROP TABLE IF EXISTS "${facetTable(documentTable)}"`]
}
