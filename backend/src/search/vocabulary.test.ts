/** The owner's synonyms file as both providers receive it. */
import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { pluralPhrase, STOP_WORDS, SYNONYMS, toSynonymMap, withPlurals } from "./vocabulary"

describe("the search vocabulary", () => {
  it("makes every word of an equivalent group find the others, and one-way entries only one way", () => {
    const map = toSynonymMap({ equivalent: [["Stool", "bench", "Seiza bench"]], one_way: { yoga: ["Bolster"] } })
    assert.deepEqual(map, { bench: ["seiza bench", "stool"], "seiza bench": ["bench", "stool"], stool: ["bench", "seiza bench"], yoga: ["bolster"] })
  })

  it("adds plurals for Meilisearch, which does not stem", () => {
    assert.deepEqual(["bench", "story", "cushion", "day", "meditation cushion"].map(pluralPhrase), ["benches", "stories", "cushions", "days", "meditation cushions"])
    assert.deepEqual(withPlurals({ bench: ["stool"] }), { bench: ["stool", "stools"], benches: ["stool", "stools"] })
  })

  it("refuses a malformed file with the place of the mistake", () => {
    assert.throws(() => toSynonymMap({ equivalent: [["alone"]] }), /synonyms\.json is not valid: equivalent\.0/)
    assert.throws(() => toSynonymMap({ one_way: { mat: ["a very long four word phrase"] } }), /up to 3 words/)
  })

  it("ships the shop's words: cushions, benches, malas, shawls, bolsters", () => {
    assert.ok(SYNONYMS.cushion.includes("zafu") && SYNONYMS["floor cushion"].includes("zabuton"))
    assert.ok(SYNONYMS.stool.includes("bench") && SYNONYMS.bench.includes("stool"))
    assert.ok(SYNONYMS.beads.includes("mala") && SYNONYMS.blanket.includes("shawl"))
    assert.deepEqual(SYNONYMS.yoga, ["bolster"])
    assert.ok(STOP_WORDS.includes("what") && !STOP_WORDS.includes("cushion"))
  })
})
