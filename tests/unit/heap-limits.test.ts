import assert from "node:assert/strict"
import { test } from "node:test"
import { withHeapLimit } from "../../scripts/heap-limits"

test("a serving process gets its heap caps, beside the operator's own NODE_OPTIONS", () => {
  assert.equal(withHeapLimit({}, 160, 8).NODE_OPTIONS, "--max-old-space-size=160 --max-semi-space-size=8")
  assert.equal(withHeapLimit({ NODE_OPTIONS: "--enable-source-maps" }, 384).NODE_OPTIONS, "--enable-source-maps --max-old-space-size=384")
})

test("a cap the operator set in NODE_OPTIONS wins, flag by flag", () => {
  assert.equal(withHeapLimit({ NODE_OPTIONS: "--max-old-space-size=1024" }, 160, 8).NODE_OPTIONS, "--max-old-space-size=1024 --max-semi-space-size=8")
  assert.equal(withHeapLimit({ NODE_OPTIONS: "--max-semi-space-size=16" }, 160, 8).NODE_OPTIONS, "--max-semi-space-size=16 --max-old-space-size=160")
  const both = { NODE_OPTIONS: "--max-old-space-size=1024 --max-semi-space-size=16" }
  assert.equal(withHeapLimit(both, 160, 8), both)
})
