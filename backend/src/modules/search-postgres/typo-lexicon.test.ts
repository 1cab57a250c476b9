/** The close-word query the Postgres search provider runs for typo-tolerant searches. */
import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { fuzzyTsQuery } from "./typo-lexicon"

const rows = [
  { lexeme: "kapock", position: 2, word: "kapok" },
  { lexeme: "buckweat", position: 1, word: "buckwheat" },
  { lexeme: "buckweat", position: 1, word: "buckl" },
  { lexeme: "kapock", position: 2, word: "kap" },
]

describe("typo-tolerant query", () => {
  it("lets each word, in the query's order, also be one of its close words; every word must match", () => {
    assert.equal(fuzzyTsQuery(rows, undefined), "('buckweat' | 'buckwheat' | 'buckl') & ('kapock' | 'kapok' | 'kap')")
    assert.equal(fuzzyTsQuery(rows, "all"), fuzzyTsQuery(rows, undefined))
  })

  it('needs any one word with "any", and reads the last word as a prefix with "last"', () => {
    assert.equal(fuzzyTsQuery(rows, "any"), "('buckweat' | 'buckwheat' | 'buckl') | ('kapock' | 'kapok' | 'kap')")
    assert.equal(fuzzyTsQuery(rows, "last"), "('buckweat' | 'buckwheat' | 'buckl') & ('kapock':* | 'kapok' | 'kap')")
  })

  it("keeps a word without close words, and gives nothing for a query of stop words only", () => {
    assert.equal(fuzzyTsQuery([{ lexeme: "zafu", position: 1, word: "zafu" }, { lexeme: "qqq", position: 2, word: null }], "all"), "('zafu') & ('qqq')")
    assert.equal(fuzzyTsQuery([], "all"), null)
  })

  it("quotes words so a quote or backslash in a document cannot break the query", () => {
    assert.equal(fuzzyTsQuery([{ lexeme: "o'neil", position: 1, word: "back\\slash" }], "all"), "('o''neil' | 'back\\\\slash')")
  })
})
