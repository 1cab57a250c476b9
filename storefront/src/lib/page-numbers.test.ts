import assert from "node:assert/strict"
import { test } from "node:test"
import { pageNumbers } from "./page-numbers"

test("a pager names the first, last and neighbouring pages, with gaps between", () => {
  assert.deepEqual(pageNumbers(1, 1), [])
  assert.deepEqual(pageNumbers(1, 3), [1, 2, 3])
  assert.deepEqual(pageNumbers(1, 417), [1, 2, "gap", 417])
  assert.deepEqual(pageNumbers(200, 417), [1, "gap", 199, 200, 201, "gap", 417])
  assert.deepEqual(pageNumbers(417, 417), [1, "gap", 416, 417])
  // One page between two links is shown, never a gap standing for a single page.
  assert.deepEqual(pageNumbers(4, 7), [1, 2, 3, 4, 5, 6, 7])
})
