import assert from "node:assert/strict"
import { test } from "node:test"
import { isHandle, MAX_HANDLE_LENGTH } from "./handles"

test("handles: lowercase letters, digits and single inner hyphens, of a sane length", () => {
  for (const good of ["classic-round-zafu", "zabutons", "set-2", "a", "x".repeat(MAX_HANDLE_LENGTH)]) assert.equal(isHandle(good), true, good)
  for (const bad of ["", "Classic", "zafu_round", "-zafu", "zafu-", "za--fu", "zafu.png", "zafu%20", "../x", "zafu/x", "x".repeat(MAX_HANDLE_LENGTH + 1), undefined, 3]) {
    assert.equal(isHandle(bad), false, String(bad))
  }
})
