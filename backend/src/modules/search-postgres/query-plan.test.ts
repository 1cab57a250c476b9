/** How the Postgres provider reads a query: words, synonyms, typos, prefixes, and the ranking SQL. */
import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { typoBudget, typoCount } from "@stillpoint/shop-contracts"
import { alternatives, matchQuery, queryLookups, queryWords, rankingSql, rarityOrder, wordQuery } from "./query-plan"
import type { FoundWord } from "./word-list"

const STOP = new Set(["what", "for", "a", "and"])
/** The lookup's own-lexeme rows as Postgres gives them, for simple words: a plural loses its s; "the" is its stop word. */
const ownRows = (words: { word: string }[]): FoundWord[] =>
  words.map(({ word }, term) => ({ term, own: word === "the" ? null : word.replace(/s$/, ""), word: null, lexeme: null, completion: null }))
const SYNONYMS = { cushion: ["zafu", "zabuton"], "yoga bolster": ["bolster"], stool: ["bench"] }

describe("the query's words", () => {
  it("drops stop words, keeps lexemes, and reads the last word as a prefix while it is typed", () => {
    const lookups = queryLookups("What cushion for a bad back", "any", STOP, true)
    assert.deepEqual(lookups, [
      { word: "cushion", budget: 1, prefix: false },
      { word: "bad", budget: 0, prefix: false },
      { word: "back", budget: 0, prefix: true },
    ])
    assert.equal(queryLookups("zafus ", "any", STOP, true)[0].prefix, false, "a space after the last word ends it")
    assert.equal(queryLookups("zafus", "all", STOP, true)[0].prefix, false, '"all" wants whole words')
    assert.deepEqual(queryLookups("Zafú, kapok!", "any", STOP, false).map((l) => [l.word, l.budget]), [["zafu", 0], ["kapok", 0]])
  })

  it("keeps the words the text search configuration gives a lexeme", () => {
    const lookups = queryLookups("the zafus", "any", STOP, true)
    assert.deepEqual(queryWords(lookups, ownRows(lookups), {}).map((w) => [w.term, w.word, w.lexeme]), [[1, "zafus", "zafu"]])
  })

  it("gives a word its synonyms, and each word of a phrase the phrase's, as typed or as lexemes", () => {
    const lookups = queryLookups("Yoga Bolster cushion", "any", STOP, true)
    assert.deepEqual(queryWords(lookups, ownRows(lookups), SYNONYMS).map((w) => w.synonyms), [["bolster"], ["bolster"], ["zafu", "zabuton"]])
    const plural = queryLookups("stools", "any", STOP, true)
    assert.deepEqual(queryWords(plural, ownRows(plural), SYNONYMS, { stool: ["bench"] })[0].synonyms, ["bench"])
  })

  it("reads at most ten words, as Meilisearch does, each with Meilisearch's typo budget", () => {
    const q = Array.from({ length: 14 }, (_, i) => `word${i}`).join(" ")
    assert.equal(queryLookups(q, "any", STOP, true).length, 10)
    assert.deepEqual(queryLookups("zafo buckweat meditaton", "any", STOP, true).map((l) => l.budget), [0, 1, 2])
    assert.equal(typoBudget("meditaion"), 2)
    assert.equal(typoBudget("size40cm"), 0, "words with digits are matched exactly")
  })
})

describe("typos as Meilisearch counts them", () => {
  it("counts a swap of neighbours as one typo and a wrong first letter as two", () => {
    assert.equal(typoCount("bnech", "bench", 1), 1)
    assert.equal(typoCount("buckweat", "buckwheat", 1), 1)
    assert.equal(typoCount("medtation", "meditation", 2), 1)
    assert.equal(typoCount("kapock", "kapok", 1), 1)
    assert.equal(typoCount("zafu", "zafu", 0), 0)
    assert.equal(typoCount("bench", "wench", 1), 2, "the first letter")
    assert.equal(typoCount("cushion", "custard", 2), 3, "past the maximum")
  })
})

describe("alternatives and the tsquery", () => {
  const lookups = queryLookups("seiza bnech cus", "any", STOP, true)
  const found: FoundWord[] = [
    ...ownRows(lookups),
    { term: 1, own: "bnech", word: "bench", lexeme: "bench", completion: false },
    { term: 1, own: "bnech", word: "wench", lexeme: "wench", completion: false },
    { term: 2, own: "cu", word: "cushion", lexeme: "cushion", completion: true },
    { term: 2, own: "cu", word: "cushions", lexeme: "cushion", completion: true },
  ]
  const words = queryWords(lookups, found, { cus: ["zafu"] })
  const groups = alternatives(words, found, new Map([["zafu", ["zafu"]]]))

  it("keeps each word's own lexeme, its synonyms, close words within the budget, and completions", () => {
    assert.deepEqual(groups[0], [{ lexemes: ["seiza"], prefix: false, typos: 0, exact: true }])
    assert.deepEqual(groups[1], [
      { lexemes: ["bnech"], prefix: false, typos: 0, exact: true },
      { lexemes: ["bench"], prefix: false, typos: 1, exact: false },
    ])
    assert.deepEqual(groups[2].map((a) => [a.lexemes.join(" "), a.typos, a.exact]), [["cu", 0, true], ["zafu", 0, false], ["cushion", 0, false]])
    // ownRows stemmed "cus" to "cu": a made-up stem, kept as the word's own lexeme.
  })

  it("combines words with | for any and & for all, phrases with <->, and limits weights per operand", () => {
    assert.equal(matchQuery(groups, "any"), "('seiza') | ('bnech' | 'bench') | ('cu' | 'zafu' | 'cushion')")
    assert.equal(matchQuery(groups, "all"), "('seiza') & ('bnech' | 'bench') & ('cu' | 'zafu' | 'cushion')")
    const phrase = [{ lexemes: ["sing", "bowl"], prefix: false, typos: 0, exact: false }, { lexemes: ["o'neil"], prefix: true, typos: 0, exact: false }]
    assert.equal(wordQuery(phrase, "AB"), "(('sing':AB <-> 'bowl':AB) | 'o''neil':*AB)")
  })

  it("keeps the rarest words first, leaving out words nothing contains", () => {
    assert.deepEqual(rarityOrder([40, 3, 0, 3]), [1, 3, 0])
  })

  it("binds one tsquery per ? in the order of the SQL text", () => {
    const { rankSql, matchSql } = rankingSql(groups, "any", [1, 0, 2])
    const params: unknown[] = []
    const sql = rankSql(params)
    assert.equal(sql.split("?").length - 1, params.length)
    assert.ok(params.every((p) => typeof p === "string"))
    const matchParams: unknown[] = []
    assert.equal(matchSql(matchParams), `"search_vector" @@ ?::tsquery`)
    assert.deepEqual(matchParams, [matchQuery(groups, "any")])
  })
})
