/** What the journal search index is filled with: content/posts parsed by the backend. */
// defineSearchIndex registers on import, into the registry modules-sdk sets up.
import "@medusajs/framework/modules-sdk"
import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { markdownToText, parsePost, referencedProductHandles } from "../../backend/src/lib/journal"
import { journalDocuments } from "../../backend/src/search/post"

const post = (front: string, body = "Some text.") => parsePost(`---\n${front}\n---\n${body}`, "x.md")

describe("journal documents for search", () => {
  it("leaves out drafts and posts dated in the future", () => {
    const now = new Date("2026-06-01T12:00:00Z")
    const posts = [
      post('title: "Live"\nslug: live\npublished: 2026-05-01'),
      post('title: "Draft"\nslug: draft\npublished: 2026-05-01\ndraft: true'),
      post('title: "Later"\nslug: later\npublished: 2026-07-01'),
    ]
    assert.deepEqual(journalDocuments(now, posts).map((d) => d.id), ["live"])
  })

  it("indexes the real journal without its draft", () => {
    const ids = journalDocuments().map((d) => d.id)
    assert.ok(ids.includes("buckwheat-vs-kapok"))
    assert.ok(!ids.includes("winter-sitting-notes"))
  })

  it("collects product handles from frontmatter, /products links and ::product directives", () => {
    const md = 'See [the zafu](/products/classic-round-zafu) and [EU](https://shop.example/de/products/wool-zabuton?x=1).\n\n::product{handle="tall-crescent-zafu"}\n'
    assert.deepEqual(referencedProductHandles(["kapok-refill"], md).sort(), ["classic-round-zafu", "kapok-refill", "tall-crescent-zafu", "wool-zabuton"])
  })

  it("reduces Markdown to the text a reader sees", () => {
    assert.equal(markdownToText("## Heading\n\nA **bold** [link](/products/x) and `code`.\n\n::product{handle=\"x\"}\n"), "Heading\nA bold link and code.")
  })
})
