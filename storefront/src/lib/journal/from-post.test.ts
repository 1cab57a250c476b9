import assert from "node:assert/strict"
import { test } from "node:test"
import { fromPostLink, withJournalPost } from "./from-post"

test("a product link from a post names the post, next to the variant's parameters", () => {
  assert.equal(withJournalPost("/us/products/classic-round-zafu", "zafu-or-bench"), "/us/products/classic-round-zafu?from=zafu-or-bench")
  assert.equal(withJournalPost("/us/products/classic-round-zafu?colour=sage", "zafu-or-bench"), "/us/products/classic-round-zafu?colour=sage&from=zafu-or-bench")
  assert.equal(withJournalPost("/us/products/classic-round-zafu?from=old-post", "new-post"), "/us/products/classic-round-zafu?from=new-post")
  assert.equal(withJournalPost("/us/products/classic-round-zafu", undefined), "/us/products/classic-round-zafu")
})

test("only a post slug's shape is read back from the address", () => {
  assert.deepEqual(fromPostLink({ from: "zafu-or-bench" }), { post: "zafu-or-bench", placement: "link" })
  for (const from of [undefined, "", "../admin", "Zafu", ["zafu-or-bench"], "x".repeat(121)]) assert.equal(fromPostLink({ from }), undefined, String(from))
})
