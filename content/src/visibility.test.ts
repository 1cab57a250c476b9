import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { isVisible } from "./visibility.js"

describe("visibility", () => {
  const today = new Date("2026-06-01T12:00:00Z")
  it("hides drafts unless the caller previews them", () => {
    assert.equal(isVisible({ draft: true, published: new Date("2026-01-01") }, today), false)
    assert.equal(isVisible({ draft: true, published: new Date("2026-01-01") }, today, { previewDrafts: true }), true)
  })
  it("shows a post dated in the future only from its date, preview or not", () => {
    const post = { draft: false, published: new Date("2026-06-02") }
    assert.equal(isVisible(post, today), false)
    assert.equal(isVisible({ ...post, draft: true }, today, { previewDrafts: true }), false)
    assert.equal(isVisible(post, new Date("2026-06-02T00:00:01Z")), true)
  })
})
