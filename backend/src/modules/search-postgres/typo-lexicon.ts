/**
 * Typo tolerance through a word list, as pg_trgm's documentation suggests for full-text
 * search: each document table gets a lexicon of the words (lexemes) its documents hold,
 * trigram-indexed. A query's words are looked up there (`%`, trigram similarity of at
 * least pg_trgm.similarity_threshold, 0.3 by default) and the close words join the
 * full-text query as alternatives, so a typo-tolerant search stays a GIN-indexed full-text
 * match instead of a trigram comparison against every document's text.
 */

export const lexiconTable = (documentTable: string) => `${documentTable}_lexicon`

/** Words with digits are SKUs, ids and sizes: matched exactly or not at all. */
const LEXICON_WORD = `"word" !~ '[0-9]'`

/** Close words per query word: enough for a typo, few enough to keep the query narrow. */
const ALTERNATIVES_PER_WORD = 8

export function createLexiconSql(documentTable: string): string[] {
  const lexicon = lexiconTable(documentTable)
  return [
    `CREATE TABLE IF NOT EXISTS "${lexicon}" ("word" text PRIMARY KEY)`,
    `CREATE INDEX IF NOT EXISTS "${lexicon}_trgm_idx" ON "${lexicon}" USING GIN ("word" gin_trgm_ops)`,
  ]
}

/** Adds the words of the given documents (all documents without ids). Bind the ids, one `?` each. */
export function addWordsSql(documentTable: string, idCount?: number): string {
  const where = idCount === undefined ? "" : `WHERE "id" IN (${Array(idCount).fill("?").join(", ")})`
  return `INSERT INTO "${lexiconTable(documentTable)}" ("word")
    SELECT "word" FROM (SELECT DISTINCT unnest(tsvector_to_array("search_vector")) AS "word" FROM "${documentTable}" ${where}) words
    WHERE ${LEXICON_WORD}
    ON CONFLICT DO NOTHING`
}

/**
 * The query's words as the text search configuration reads them (stemmed, stop words
 * gone), each with its last position and the lexicon's closest words. Binds: the query.
 */
export function closeWordsSql(documentTable: string, tsConfig: string): string {
  return `SELECT t."lexeme" AS "lexeme", t."positions"[array_upper(t."positions", 1)] AS "position", close."word" AS "word"
    FROM unnest(to_tsvector('${tsConfig}', ?)) AS t
    LEFT JOIN LATERAL (
      SELECT l."word" FROM "${lexiconTable(documentTable)}" l
      WHERE l."word" % t."lexeme"
      ORDER BY similarity(l."word", t."lexeme") DESC, l."word"
      LIMIT ${ALTERNATIVES_PER_WORD}
    ) close ON true`
}

export type CloseWordRow = { lexeme: string; position: number; word: string | null }

export type MatchStrategy = "all" | "any" | "last" | undefined

const quoted = (lexeme: string) => `'${lexeme.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`

/**
 * A tsquery (in tsquery's own syntax, for a `::tsquery` cast) where each query word may also
 * be one of its close words, combined as the match strategy says: every word ("all", the
 * default), any word ("any"), or every word with the last one also as a prefix ("last", for
 * typing). Null when the query has no words the configuration keeps.
 */
export function fuzzyTsQuery(rows: CloseWordRow[], strategy: MatchStrategy): string | null {
  const byLexeme = new Map<string, { position: number; words: Set<string> }>()
  for (const row of rows) {
    const entry = byLexeme.get(row.lexeme) ?? { position: Number(row.position), words: new Set<string>() }
    if (row.word) entry.words.add(row.word)
    byLexeme.set(row.lexeme, entry)
  }
  if (!byLexeme.size) return null
  const terms = [...byLexeme].sort((a, b) => a[1].position - b[1].position)
  const groups = terms.map(([lexeme, { words }], index) => {
    const own = strategy === "last" && index === terms.length - 1 ? `${quoted(lexeme)}:*` : quoted(lexeme)
    const alternatives = [...words].filter((word) => word !== lexeme).map(quoted)
    return `(${[own, ...alternatives].join(" | ")})`
  })
  return groups.join(strategy === "any" ? " | " : " & ")
}
