import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { interleave, paginate } from "./summaries"

describe("interleave", () => {
  it("puts one post after every fifth product, in order", () => {
    const tiles = interleave([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], ["a", "b", "c"], 5)
    assert.deepEqual(
      tiles.map((t) => (t.kind === "product" ? t.product : t.post)),
      [1, 2, 3, 4, 5, "a", 6, 7, 8, 9, 10, "b", 11]
    )
  })
  it("stops weaving when the posts run out", () => {
    const tiles = interleave([1, 2, 3, 4, 5, 6], [], 2)
    assert.equal(tiles.filter((t) => t.kind === "post").length, 0)
  })
})

describe("paginate", () => {
  it("splits into pages and counts them", () => {
    assert.deepEqual(paginate([1, 2, 3, 4, 5, 6, 7], 2, 3), { items: [4, 5, 6], page: 2, pages: 3 })
    assert.deepEqual(paginate([], 1, 3), { items: [], page: 1, pages: 1 })
  })
})
