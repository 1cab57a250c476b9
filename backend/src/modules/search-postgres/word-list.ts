/**
 * Each document table's word list: every word its documents hold (lower case, accents off)
 * beside the lexeme the text search configuration makes of it ("cushions" → "cushion").
 * Queries look words up here for what a full-text index cannot do by itself:
 *
 * - typos: the words within the query word's typo budget, Meilisearch's rule (none up to
 *   4 letters, one from 5, two from 9; a swap of two letters is one typo);
 * - the last word of a type-ahead query as a prefix of whole words ("medita" finds
 *   "meditation", whose lexeme "medit" a stemmed prefix would miss);
 * - highlighting: which of a document's words a lexeme stands for.
 *
 * What is found becomes lexemes in an ordinary tsquery, so a search stays a GIN-indexed
 * full-text match however the words were found. `levenshtein_less_equal` (the
 * fuzzystrmatch extension, migrated with this provider) narrows the candidates in the
 * database; the exact typo count is typoCount's (@stillpoint/shop-contracts).
 */

export const wordListTable = (documentTable: string) => `${documentTable}_words`

/** The trigram word list of earlier versions of this provider, dropped when the new one is made. */
const legacyLexiconTable = (documentTable: string) => `${documentTable}_lexicon`

/** Completions of a type-ahead word: enough for a real prefix, few enough to keep the query narrow. */
const MAX_COMPLETIONS = 30

export function createWordListSql(documentTable: string): string[] {
  const list = wordListTable(documentTable)
  return [
    `DROP TABLE IF EXISTS "${legacyLexiconTable(documentTable)}"`,
    `CREATE TABLE IF NOT EXISTS "${list}" ("word" text PRIMARY KEY, "lexeme" text NOT NULL)`,
    `CREATE INDEX IF NOT EXISTS "${list}_prefix_idx" ON "${list}" ("word" text_pattern_ops)`,
    `CREATE INDEX IF NOT EXISTS "${list}_lexeme_idx" ON "${list}" ("lexeme")`,
  ]
}

export function dropWordListSql(documentTable: string): string[] {
  return [`DROP TABLE IF EXISTS "${wordListTable(documentTable)}"`, `DROP TABLE IF EXISTS "${legacyLexiconTable(documentTable)}"`]
}

/** Adds the words of the given documents (all documents without ids). Bind the ids, one `?` each. */
export function addWordsSql(documentTable: string, tsConfig: string, idCount?: number): string {
  const where = idCount === undefined ? "" : `WHERE d."id" IN (${Array(idCount).fill("?").join(", ")})`
  return `INSERT INTO "${wordListTable(documentTable)}" ("word", "lexeme")
    SELECT w."word", l."lexeme" FROM (
      SELECT DISTINCT split."word" FROM "${documentTable}" d
      CROSS JOIN LATERAL regexp_split_to_table(lower(unaccent(d."search_text")), '[^[:alnum:]]+') AS split("word")
      ${where}
    ) w
    CROSS JOIN LATERAL (SELECT t."lexeme" FROM unnest(to_tsvector('${tsConfig}', w."word")) t LIMIT 1) l
    WHERE w."word" <> ''
    ON CONFLICT DO NOTHING`
}

/** One query word to look up: its typo budget, and whether it is a prefix. */
export type WordLookup = { word: string; budget: number; prefix: boolean }
/**
 * A row of lookupWordsSql: the query word's own lexeme (`own`, null for a stop word of the
 * text search configuration), and one word of the list it may stand for, if any.
 */
export type FoundWord = { term: number; own: string | null; word: string | null; lexeme: string | null; completion: boolean | null }

/** The lookups as the one JSON parameter lookupWordsSql binds (the driver would spread an array). */
export const lookupsParameter = (lookups: WordLookup[]) => JSON.stringify(lookups.map((lookup, term) => ({ ...lookup, term })))

/**
 * In one round trip, for each query word: its lexeme, the list's words within its budget
 * (candidates: the exact count is typoCount's), and the completions of a prefix. Binds:
 * lookupsParameter.
 */
export function lookupWordsSql(documentTable: string, tsConfig: string): string {
  const list = wordListTable(documentTable)
  return `SELECT q."term", own."lexeme" AS "own", found."word", found."lexeme", found."completion"
    FROM jsonb_to_recordset(?::jsonb) AS q("term" int, "word" text, "budget" int, "prefix" boolean)
    CROSS JOIN LATERAL (SELECT (SELECT t."lexeme" FROM unnest(to_tsvector('${tsConfig}', q."word")) t LIMIT 1) AS "lexeme") own
    LEFT JOIN LATERAL (
      (SELECT l."word", l."lexeme", false AS "completion" FROM "${list}" l
        WHERE q."budget" > 0 AND l."word" !~ '[0-9]'
          AND abs(length(l."word") - length(q."word")) <= q."budget"
          AND levenshtein_less_equal(l."word", q."word", 2 * q."budget") <= 2 * q."budget")
      UNION ALL
      (SELECT l."word", l."lexeme", true AS "completion" FROM "${list}" l
        WHERE q."prefix" AND l."word" LIKE q."word" || '%'
        ORDER BY length(l."word"), l."word" LIMIT ${MAX_COMPLETIONS})
    ) found ON true`
}

/** The words of the list that the given lexemes stand for. Binds: the lexemes as a JSON array. */
export function wordsForLexemesSql(documentTable: string): string {
  return `SELECT "lexeme", "word" FROM "${wordListTable(documentTable)}" WHERE "lexeme" IN (SELECT jsonb_array_elements_text(?::jsonb))`
}
