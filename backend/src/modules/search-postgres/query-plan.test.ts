/** How the Postgres provider reads a query: words, synonyms, typos, prefixes, and the ranking SQL. */
import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { alternatives, matchQuery, queryWords, rankingSql, wordLookups, wordQuery, type QueryToken } from "./query-plan"
import { typoBudget, typoCount } from "@stillpoint/shop-contracts"

/** ts_debug's rows for simple words: stop words get no lexemes, a plural loses its s. */
const STOP = new Set(["what", "for", "a", "and"])
const tokens = (q: string): QueryToken[] =>
  q.split(/(\s+)/).filter(Boolean).map((token) =>
    /^\s+$/.test(token) ? { alias: "blank", token, lexemes: null } : { alias: "asciiword", token, lexemes: STOP.has(token.toLowerCase()) ? [] : [token.toLowerCase().replace(/s$/, "")] }
  )
const SYNONYMS = { cushion: ["zafu", "zabuton"], "yoga bolster": ["bolster"], stool: ["bench"] }

describe("the query's words", () => {
  it("drops stop words, keeps lexemes, and reads the last word as a prefix while it is typed", () => {
    const words = queryWords("what cushion for a bad back", tokens("what cushion for a bad back"), "any", STOP, SYNONYMS)
    assert.deepEqual(words.map((w) => [w.word, w.lexeme, w.prefix]), [["cushion", "cushion", false], ["bad", "bad", false], ["back", "back", true]])
    assert.equal(queryWords("zafus ", tokens("zafus "), "any", STOP, {})[0].prefix, false, "a space after the last word ends it")
    assert.equal(queryWords("zafus", tokens("zafus"), "all", STOP, {})[0].prefix, false, '"all" wants whole words')
  })

  it("gives a word its synonyms, and each word of a phrase the phrase's", () => {
    const words = queryWords("Yoga Bolster cushion", tokens("Yoga Bolster cushion"), "any", STOP, SYNONYMS)
    assert.deepEqual(words.map((w) => w.synonyms), [["bolster"], ["bolster"], ["zafu", "zabuton"]])
  })

  it("reads at most ten words, as Meilisearch does", () => {
    const q = Array.from({ length: 14 }, (_, i) => `word${i}`).join(" ")
    assert.equal(queryWords(q, tokens(q), "any", STOP, {}).length, 10)
  })

  it("looks words up for typos only with typo tolerance, and within Meilisearch's budget", () => {
    const words = queryWords("zafo buckweat meditaton", tokens("zafo buckweat meditaton"), "any", STOP, {})
    assert.deepEqual(wordLookups(words, true).map((l) => l.budget), [0, 1, 2])
    assert.deepEqual(wordLookups(words, false).map((l) => l.budget), [0, 0, 0])
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
  const words = queryWords("seiza bnech cus", tokens("seiza bnech cus"), "any", STOP, { cus: ["zafu"] })
  const found = [
    { term: 1, word: "bench", lexeme: "bench", completion: false },
    { term: 1, word: "wench", lexeme: "wench", completion: false },
    { term: 2, word: "cushion", lexeme: "cushion", completion: true },
    { term: 2, word: "cushions", lexeme: "cushion", completion: true },
  ]
  const groups = alternatives(words, found, new Map([["zafu", ["zafu"]]]))

  it("keeps each word's own lexeme, its synonyms, close words within the budget, and completions", () => {
    assert.deepEqual(groups[0], [{ lexemes: ["seiza"], prefix: false, typos: 0, exact: true }])
    assert.deepEqual(groups[1], [
      { lexemes: ["bnech"], prefix: false, typos: 0, exact: true },
      { lexemes: ["bench"], prefix: false, typos: 1, exact: false },
    ])
    assert.deepEqual(groups[2].map((a) => [a.lexemes.join(" "), a.typos, a.exact]), [["cu", 0, true], ["zafu", 0, false], ["cushion", 0, false]])
  })

  it("combines words with | for any and & for all, phrases with <->, and limits weights per operand", () => {
    assert.equal(matchQuery(groups, "any"), "('seiza') | ('bnech' | 'bench') | ('cu' | 'zafu' | 'cushion')")
    assert.equal(matchQuery(groups, "all"), "('seiza') & ('bnech' | 'bench') & ('cu' | 'zafu' | 'cushion')")
    const phrase = [{ lexemes: ["sing", "bowl"], prefix: false, typos: 0, exact: false }, { lexemes: ["o'neil"], prefix: true, typos: 0, exact: false }]
    assert.equal(wordQuery(phrase, "AB"), "(('sing':AB <-> 'bowl':AB) | 'o''neil':*AB)")
  })

  it("binds one tsquery per ? in the order of the SQL text", () => {
    const { rankSql, matchSql } = rankingSql(groups, "any")
    const params: unknown[] = []
    const sql = rankSql(params)
    assert.equal(sql.split("?").length - 1, params.length)
    assert.ok(params.every((p) => typeof p === "string"))
    const matchParams: unknown[] = []
    assert.equal(matchSql(matchParams), `"search_vector" @@ ?::tsquery`)
    assert.deepEqual(matchParams, [matchQuery(groups, "any")])
  })
})
