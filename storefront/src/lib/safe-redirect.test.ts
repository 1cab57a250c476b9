import assert from "node:assert/strict"
import { test } from "node:test"
import { sameShopPath } from "./safe-redirect"

const FALLBACK = "/us/account"

test("keeps a path of the shop under a region, with its query and fragment", () => {
  assert.equal(sameShopPath("/eu/checkout?step=address#top", FALLBACK), "/eu/checkout?step=address#top")
  assert.equal(sameShopPath("/us/account/orders", FALLBACK), "/us/account/orders")
})

test("refuses every way out of the shop a browser would follow", () => {
  for (const hostile of [
    "//evil.example/x",
    "/\\evil.example/x",
    "/\t/evil.example",
    "/\n/evil.example",
    "/%5C/evil.example".replace("%5C", "\\"),
    "https://evil.example/",
    "javascript:alert(1)",
    "evil.example",
    "/us/../../\\evil.example",
    "",
  ]) {
    assert.equal(sameShopPath(hostile, FALLBACK), FALLBACK, JSON.stringify(hostile))
  }
})

test("refuses paths outside a region and values that are not text", () => {
  assert.equal(sameShopPath("/admin", FALLBACK), FALLBACK)
  assert.equal(sameShopPath("/app/orders", FALLBACK), FALLBACK)
  assert.equal(sameShopPath(null, FALLBACK), FALLBACK)
  assert.equal(sameShopPath(["/us"], FALLBACK), FALLBACK)
})
