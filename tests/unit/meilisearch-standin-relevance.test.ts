/**
 * The Meilisearch stand-in's relevance follows Meilisearch's documented semantics: matching
 * strategy, stop words, synonyms, typo thresholds, prefix, attribute order and exactness.
 */
import assert from "node:assert/strict"
import { after, before, describe, it } from "node:test"
import { startMeilisearchStandin } from "../meilisearch-standin/server"

type Hit = { id: string; _rankingScore?: number; _formatted?: Record<string, string> }

describe("Meilisearch stand-in relevance", () => {
  let standin: Awaited<ReturnType<typeof startMeilisearchStandin>>
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${standin.url}${path}`, { method, headers: { authorization: "Bearer key", "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) })
    return res.json()
  }
  const write = async (method: string, path: string, body: unknown) => {
    const { taskUid } = await call(method, path, body)
    for (;;) {
      const task = await call("GET", `/tasks/${taskUid}`)
      if (task.status === "succeeded") return
      if (task.status === "failed") throw new Error(JSON.stringify(task.error))
      await new Promise((r) => setTimeout(r, 5))
    }
  }
  const search = async (q: string, extra: Record<string, unknown> = {}): Promise<Hit[]> => (await call("POST", "/indexes/shop/search", { q, ...extra })).hits
  const ids = async (q: string, extra: Record<string, unknown> = {}) => (await search(q, extra)).map((h) => h.id)

  before(async () => {
    standin = await startMeilisearchStandin({ apiKey: "key", processingDelayMs: 1 })
    await write("POST", "/indexes", { uid: "shop", primaryKey: "id" })
    await write("PATCH", "/indexes/shop/settings", {
      searchableAttributes: ["title", "description"],
      stopWords: ["the", "of"],
      synonyms: { tee: ["t shirt"], jumper: ["sweater"], "hoodie jacket": ["anorak"] },
    })
    await write("POST", "/indexes/shop/documents", [
      { id: "all", title: "red wool blanket", description: "" },
      { id: "first", title: "red kettle", description: "" },
      { id: "firstsecond", title: "red wool socks", description: "" },
      { id: "last", title: "blanket box", description: "" },
      { id: "tshirt", title: "plain t shirt", description: "cotton" },
      { id: "sweater", title: "winter sweater", description: "warm" },
      { id: "anorak", title: "rain anorak", description: "" },
      { id: "lord", title: "lord rings", description: "" },
      { id: "thesis", title: "thesis paper", description: "" },
      { id: "jade", title: "jade ring", description: "" },
      { id: "apple", title: "apple crate", description: "" },
      { id: "garden", title: "garden hose", description: "" },
      { id: "wonderful", title: "wonderful lamp", description: "" },
      { id: "buckwheat", title: "buckwheat pillow", description: "" },
      { id: "inTitle", title: "linen curtain", description: "plain" },
      { id: "inDescription", title: "plain cushion", description: "linen" },
      { id: "startsWith", title: "oak table", description: "" },
      { id: "later", title: "table of oak", description: "" },
      { id: "exact", title: "oak", description: "" },
      { id: "number", title: "model 12345", description: "" },
    ])
  })
  after(() => standin.stop())

  it('"last" keeps the first term and drops terms from the end', async () => {
    const found = await ids("red wool blanket")
    assert.deepEqual(found.slice(0, 3), ["all", "firstsecond", "first"], "all terms, then without the last, then the first only")
    assert.ok(!found.includes("last"), "a document with only the last term is not returned")
    const scores = (await search("red wool blanket", { showRankingScore: true })).map((h) => h._rankingScore!)
    assert.ok(scores.every((s, i) => s > 0 && s <= 1 && (i === 0 || s <= scores[i - 1])), `scores decrease: ${scores}`)
    assert.deepEqual(await ids("red wool blanket", { matchingStrategy: "all" }), ["all"])
    // "frequency" drops the most frequent term ("red", in three documents) first
    assert.deepEqual((await ids("red blanket", { matchingStrategy: "frequency" })).sort(), ["all", "last"])
  })

  it("applies one- and multi-word synonyms and highlights the synonym", async () => {
    const hits = await search("tee", { attributesToHighlight: ["title"] })
    assert.deepEqual(hits.map((h) => h.id), ["tshirt"])
    assert.equal(hits[0]._formatted!.title, "plain <em>t</em> <em>shirt</em>")
    assert.deepEqual(await ids("jumper"), ["sweater"])
    assert.deepEqual(await ids("hoodie jacket"), ["anorak"], "a multi-word key matches through its synonym")
    assert.deepEqual(await ids("sweater"), ["sweater"], "synonyms are one-way")
  })

  it("ignores stop words in the query", async () => {
    assert.deepEqual(await ids("the lord of the rings", { matchingStrategy: "all" }), ["lord"])
    assert.deepEqual(await ids("lord the rings", { matchingStrategy: "all" }), ["lord"])
  })

  it("tolerates typos by word length, Damerau transpositions, first letter as two typos", async () => {
    assert.deepEqual(await ids("jadr "), [], "4 letters: no typo")
    assert.deepEqual(await ids("appel "), ["apple"], "5 letters: one typo (transposition)")
    assert.deepEqual(await ids("gardne "), ["garden"], "a transposition is one typo")
    assert.deepEqual(await ids("gxrdxn "), [], "5+ letters: not two typos")
    assert.deepEqual(await ids("wondreful "), ["wonderful"], "9 letters: transposition")
    assert.deepEqual(await ids("wondxrfxl "), ["wonderful"], "9 letters: two typos")
    assert.deepEqual(await ids("bpple "), [], "a typo on the first letter counts as two")
    assert.deepEqual(await ids("vuckwheat "), ["buckwheat"], "...which a 9-letter word may afford")
    assert.deepEqual(await ids("12346 "), ["number"], "numbers are typo tolerant unless disableOnNumbers")
    await write("PATCH", "/indexes/shop/settings", { typoTolerance: { disableOnWords: ["appel"] } })
    assert.deepEqual(await ids("appel "), [], "disableOnWords")
    await write("PATCH", "/indexes/shop/settings", { typoTolerance: { disableOnWords: [], disableOnAttributes: ["title"] } })
    assert.deepEqual(await ids("gardne "), [], "disableOnAttributes")
    await write("PATCH", "/indexes/shop/settings", { typoTolerance: { disableOnAttributes: [] } })
  })

  it("treats the last word as a prefix unless the query ends with a space", async () => {
    assert.deepEqual(await ids("buckwh"), ["buckwheat"])
    assert.deepEqual(await ids("buckwh "), [])
  })

  it("ranks an earlier attribute first, and exact matches before the rest", async () => {
    assert.deepEqual(await ids("linen"), ["inTitle", "inDescription"])
    assert.deepEqual(await ids("oak "), ["exact", "startsWith", "later"])
  })
})
