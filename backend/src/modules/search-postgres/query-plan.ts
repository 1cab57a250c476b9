/**
 * A keyword query as the Postgres provider ranks it, the way Meilisearch's default ranking
 * rules do (words, typo, attribute, exactness):
 *
 * 1. words: with the "any" match strategy, Meilisearch's "frequency" strategy: documents
 *    with every word first, then the query's most common word is dropped, then the next
 *    (the rarer a word, the more it says: "meditation beads" is about beads in a
 *    meditation shop); a document needs one word. "all" and "last" need every word.
 * 2. typo: fewer typos first (each word counts its best match: 0, 1 or 2).
 * 3. proximity: more of the query's neighbouring words standing next to each other.
 * 4. attribute: words found in heavier fields first (title, then the fields of weight 2,
 *    then those between 1 and 2, then the rest: the tsvector's A, B, C and D labels).
 * 5. exactness: words found as typed (or as another form of the same word) before words
 *    found through a synonym, a typo or as a prefix.
 * 6. `ts_rank`: more occurrences, in heavier fields, first.
 *
 * Each query word becomes a group of alternatives, all plain lexemes or phrases in one
 * tsquery: its own lexeme (stemmed, so plural and singular match), the lexemes of its
 * synonyms, of the indexed words within its typo budget, and, for the last word of a
 * type-ahead query, of the indexed words it begins.
 */
import { normaliseWords, typoBudget, typoCount } from "@stillpoint/shop-contracts"
import type { SynonymMap } from "../../search/vocabulary"
import type { FoundWord, WordLookup } from "./word-list"

/** Meilisearch reads at most ten words of a query; so do we. */
export const MAX_QUERY_WORDS = 10

export type MatchStrategy = "all" | "any" | "last" | undefined

export type QueryWord = {
  /** Its place among the query's words as looked up (FoundWord.term). */
  term: number
  word: string
  lexeme: string
  /** The last word of a type-ahead query: it also matches the words it begins. */
  prefix: boolean
  /** Synonym phrases of this word, or of a phrase it is part of. */
  synonyms: string[]
}

/**
 * The words of a query to look up, split as the word list splits documents: lower case,
 * accents off, not on the vocabulary's stop word list, at most ten. Meilisearch reads the
 * last word as a prefix unless a space follows it (and "all" wants whole words).
 */
export function queryLookups(q: string, strategy: MatchStrategy, stopWords: ReadonlySet<string>, typos: boolean): WordLookup[] {
  const words = normaliseWords(q)
    .split(" ")
    .filter((word) => word && !stopWords.has(word))
    .slice(0, MAX_QUERY_WORDS)
  const typing = strategy !== "all" && !/\s$/.test(q)
  return words.map((word, index) => ({ word, budget: typos ? typoBudget(word) : 0, prefix: typing && index === words.length - 1 }))
}

/**
 * The looked-up words that have a lexeme (the text search configuration's own stop words
 * have none), each with its synonyms: a phrase of up to three words that is a synonym key,
 * as typed or as lexemes ("meditation cushions" is "meditation cushion"), gives its
 * synonyms to each of its words.
 */
export function queryWords(lookups: WordLookup[], found: FoundWord[], synonyms: SynonymMap, stemmedSynonyms: SynonymMap = {}): QueryWord[] {
  const own = new Map(found.filter((row) => row.own).map((row) => [row.term, row.own!]))
  const words: QueryWord[] = lookups.flatMap((lookup, term) => {
    const lexeme = own.get(term)
    return lexeme ? [{ term, word: lookup.word, lexeme, prefix: lookup.prefix, synonyms: [] }] : []
  })
  for (let start = 0; start < words.length; start++) {
    for (let length = 1; length <= 3 && start + length <= words.length; length++) {
      const phrase = words.slice(start, start + length)
      const matched = [...(synonyms[phrase.map((w) => w.word).join(" ")] ?? []), ...(stemmedSynonyms[phrase.map((w) => w.lexeme).join(" ")] ?? [])]
      for (const synonym of matched) {
        for (const word of phrase) if (!word.synonyms.includes(synonym)) word.synonyms.push(synonym)
      }
    }
  }
  return words
}

/** One way a query word can be found: a lexeme, a prefix of lexemes, or a phrase. */
export type Alternative = { lexemes: string[]; prefix: boolean; typos: number; exact: boolean }

/**
 * Each word's alternatives: its own lexeme, its synonyms (the phrases' lexemes, from
 * `synonymLexemes`), and what the word list found within the typo budget or as completions.
 */
export function alternatives(words: QueryWord[], found: FoundWord[], synonymLexemes: ReadonlyMap<string, string[]>): Alternative[][] {
  return words.map((word) => {
    const byKey = new Map<string, Alternative>()
    const add = (alternative: Alternative) => {
      const key = `${alternative.prefix ? "*" : ""}${alternative.lexemes.join(" ")}`
      const known = byKey.get(key)
      if (!known || alternative.typos < known.typos || (alternative.typos === known.typos && alternative.exact && !known.exact)) byKey.set(key, alternative)
    }
    add({ lexemes: [word.lexeme], prefix: false, typos: 0, exact: true })
    for (const synonym of word.synonyms) {
      const lexemes = synonymLexemes.get(synonym)
      if (lexemes?.length) add({ lexemes, prefix: false, typos: 0, exact: false })
    }
    const budget = typoBudget(word.word)
    for (const candidate of found) {
      if (candidate.term !== word.term || !candidate.word || !candidate.lexeme) continue
      if (candidate.completion) {
        add({ lexemes: [candidate.lexeme], prefix: false, typos: 0, exact: candidate.lexeme === word.lexeme })
        continue
      }
      const typos = typoCount(word.word, candidate.word, budget)
      if (typos <= budget) add({ lexemes: [candidate.lexeme], prefix: false, typos, exact: typos === 0 && candidate.lexeme === word.lexeme })
    }
    return [...byKey.values()]
  })
}

const quoted = (lexeme: string) => `'${lexeme.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`

/** One alternative as a tsquery operand, limited to the given weight labels ("" for all). */
function operand(alternative: Alternative, weights: string): string {
  const suffix = alternative.prefix ? `:*${weights}` : weights ? `:${weights}` : ""
  const terms = alternative.lexemes.map((lexeme) => `${quoted(lexeme)}${suffix}`)
  return terms.length > 1 ? `(${terms.join(" <-> ")})` : terms[0]
}

/** A word's alternatives (those passing `keep`) as one tsquery, or null when none pass. */
export function wordQuery(group: Alternative[], weights = "", keep: (alternative: Alternative) => boolean = () => true): string | null {
  const kept = group.filter(keep)
  return kept.length ? `(${kept.map((alternative) => operand(alternative, weights)).join(" | ")})` : null
}

/** Every word's alternatives, combined: any word, or all of them. */
export function matchQuery(groups: Alternative[][], strategy: MatchStrategy): string {
  return groups.map((group) => wordQuery(group)!).join(strategy === "any" ? " | " : " & ")
}

/** How many documents each word's query (wordQuery) matches: binds each query, then their "or". */
export function frequencySql(documentTable: string, wordQueries: string[]) {
  const counts = wordQueries.map((_, i) => `count(*) FILTER (WHERE "search_vector" @@ ?::tsquery) AS "w${i}"`)
  return {
    sql: `SELECT ${counts.join(", ")} FROM "${documentTable}" WHERE "search_vector" @@ ?::tsquery`,
    params: [...wordQueries, wordQueries.join(" | ")],
  }
}

/**
 * The order in which Meilisearch's "frequency" strategy keeps words: rarest first (ties in
 * the query's order), words that match nothing left out. Indexes into the groups.
 */
export function rarityOrder(frequencies: number[]): number[] {
  return frequencies
    .map((count, index) => ({ count, index }))
    .filter(({ count }) => count > 0)
    .sort((a, b) => a.count - b.count || a.index - b.index)
    .map(({ index }) => index)
}

/**
 * SQL fragments that push their tsqueries as `?` parameters, in the order of the text.
 * The score packs the ranking rules into one number, each rule in bits the later ones
 * cannot reach (at most ten words: kept ≤ 10 < 16, matched ≤ 10 < 16, typos ≤ 20 < 64,
 * neighbours ≤ 9 < 16, attribute ≤ 40 < 128, exact ≤ 10 < 32, ts_rank normalised < 1).
 * A word a document lacks scores the same in every document that lacks it.
 * (`ts_rank_cd`, which would also weigh proximity, costs four times as much per row.)
 *
 * `rarity` (rarityOrder) is for "any": a document scores how many of the rarest words it
 * has before the first it lacks, as Meilisearch's steps of dropping the commonest word do.
 */
export function rankingSql(groups: Alternative[][], strategy: MatchStrategy, rarity: number[] = groups.map((_, i) => i), vector = `"search_vector"`) {
  const matches = (params: unknown[], query: string) => {
    params.push(query)
    return `${vector} @@ ?::tsquery`
  }
  // Each word's whole group of alternatives, read by most rules below.
  const whole = groups.map((group) => wordQuery(group)!)
  const rankSql = (params: unknown[]) => {
    const kept: string[] = []
    for (let count = rarity.length; count >= 1; count--) {
      const query = rarity.slice(0, count).map((i) => whole[i]).join(" & ")
      kept.push(`WHEN ${matches(params, query)} THEN ${count}`)
    }
    const keptSql = kept.length ? `CASE ${kept.join(" ")} ELSE 0 END` : "0"
    const words: string[] = []
    const typos: string[] = []
    const attribute: string[] = []
    const exact: string[] = []
    groups.forEach((group, i) => {
      words.push(`(${matches(params, whole[i])})::int`)
      // Every word has its own lexeme among the alternatives, so "no typo" always has a query.
      if (group.some((a) => a.typos > 0)) {
        const noTypo = wordQuery(group, "", (a) => a.typos === 0)!
        const oneTypo = wordQuery(group, "", (a) => a.typos <= 1)!
        // A word a document lacks counts as the worst: within one `words` bucket every
        // document lacks as many words, so this costs no ranking and saves a match per row.
        typos.push(`CASE WHEN ${matches(params, noTypo)} THEN 0 WHEN ${matches(params, oneTypo)} THEN 1 ELSE 2 END`)
      }
      attribute.push(
        `CASE WHEN ${matches(params, wordQuery(group, "A")!)} THEN 4 WHEN ${matches(params, wordQuery(group, "AB")!)} THEN 3 WHEN ${matches(params, wordQuery(group, "ABC")!)} THEN 2 ELSE 1 END`
      )
      const exactQuery = wordQuery(group, "", (a) => a.exact)
      if (exactQuery) exact.push(`(${matches(params, exactQuery)})::int`)
    })
    const neighbours = whole.slice(1).map((query, i) => `(${matches(params, `${whole[i]} <-> ${query}`)})::int`)
    const sum = (parts: string[]) => (parts.length ? `(${parts.join(" + ")})` : "0")
    params.push(matchQuery(groups, "any"))
    const occurrences = `ts_rank(${vector}, ?::tsquery, 32)`
    return `((((((${keptSql} * 16 + ${sum(words)}) * 64 + (40 - ${sum(typos)})) * 16 + ${sum(neighbours)}) * 128 + ${sum(attribute)}) * 32 + ${sum(exact)}) + ${occurrences})::float8`
  }
  const matchSql = (params: unknown[]) => matches(params, matchQuery(groups, strategy))
  return { rankSql, matchSql }
}
