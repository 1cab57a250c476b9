/** What the journal search index is filled with (backend/src/search/post.ts indexes these). */
import assert from "node:assert/strict"
import { join } from "node:path"
import { describe, it } from "node:test"
import { loadJournal } from "./journal.js"
import { searchDocuments } from "./search-document.js"

const FIXTURES = join(import.meta.dirname, "fixtures")

describe("search documents", () => {
  it("leave out drafts and posts dated in the future", async () => {
    const { posts } = await loadJournal(join(FIXTURES, "scheduling"))
    const ids = (now: string) => searchDocuments(posts, new Date(now)).map((doc) => doc.id)
    assert.deepEqual(ids("2026-06-01T12:00:00Z"), ["live"])
    assert.deepEqual(ids("2026-07-01T00:00:00Z"), ["later", "live"])
  })

  it("hold the real journal without its draft", async () => {
    const ids = searchDocuments((await loadJournal()).posts).map((doc) => doc.id)
    assert.ok(ids.includes("buckwheat-vs-kapok"))
    assert.ok(!ids.includes("winter-sitting-notes"))
  })

  it("carry the text a reader sees, the author's name and the cover's path", async () => {
    const { posts } = await loadJournal(join(FIXTURES, "scheduling"))
    const [live] = searchDocuments(posts, new Date("2026-06-01T12:00:00Z"))
    assert.deepEqual(live, {
      id: "live",
      slug: "live",
      title: "Live post",
      description: "A post that tests who may see it and when it appears.",
      body: "Sit on the Classic Round Zafu and read the German page or this one.",
      tags: ["practice"],
      author: "ana",
      author_name: "Ana Example",
      published_at: "2026-05-01T00:00:00.000Z",
      cover: "images/meadow.svg",
    })
  })
})
