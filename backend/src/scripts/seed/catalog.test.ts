/** The seed's catalog against the journal: a post must not link to a product the shop does not sell. */
import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { loadJournal, unknownProductReferences } from "@stillpoint/content"
import { PRODUCTS } from "./catalog"

describe("the seed catalog and the journal", () => {
  it("has every product a post links to, published", async () => {
    const publishedHandles = PRODUCTS.filter((product) => product.status !== "draft").map((product) => product.handle)
    const { posts } = await loadJournal()
    assert.deepEqual(unknownProductReferences(posts, publishedHandles), [])
  })
})
