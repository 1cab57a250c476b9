import assert from "node:assert/strict"
import { test } from "node:test"
import { CACHE_MAX_BYTES, CACHE_MAX_KEYS, InvalidatableMemoryCachingProvider } from "./service"

const quiet = { info() {}, warn() {}, error() {}, debug() {} }
const newCache = () =>
  new InvalidatableMemoryCachingProvider({ hasher: (key: string) => `h:${key}`, logger: quiet as unknown as ConstructorParameters<typeof InvalidatableMemoryCachingProvider>[0]["logger"] })

test("a full cache evicts its least recently used entries instead of refusing new ones", async () => {
  const cache = newCache()
  const megabyte = "x".repeat(1024 * 1024)
  const fits = Math.floor(CACHE_MAX_BYTES / (1024 * 1024)) - 1
  for (let i = 0; i < fits; i++) await cache.set({ key: `page-${i}`, data: { body: megabyte }, tags: [`product:${i}`] })
  // Read the oldest, so the second oldest becomes the least recently used.
  assert.ok(await cache.get({ key: "page-0" }))
  for (let i = fits; i < fits + 5; i++) await cache.set({ key: `page-${i}`, data: { body: megabyte }, tags: [`product:${i}`] })

  assert.ok(await cache.get({ key: "page-0" }), "the entry read recently stays")
  assert.equal(await cache.get({ key: "page-1" }), null, "the least recently used one went")
  assert.ok(await cache.get({ key: `page-${fits + 4}` }), "the newest entry was stored")
  // The provider's tag index follows: invalidating an evicted entry's tag finds nothing.
  assert.deepEqual(await cache.get({ tags: ["product:1"] }), [])
})

test("the entry count is capped too, where node-cache would throw", async () => {
  const cache = newCache()
  for (let i = 0; i < CACHE_MAX_KEYS + 10; i++) await cache.set({ key: `cart-${i}`, data: { id: i }, tags: [`cart:${i}`] })
  assert.equal(await cache.get({ key: "cart-0" }), null)
  assert.deepEqual(await cache.get({ key: `cart-${CACHE_MAX_KEYS + 9}` }), { id: CACHE_MAX_KEYS + 9 })
})

test("answers nothing could invalidate are still not stored", async () => {
  const cache = newCache()
  await cache.set({ key: "no-such-handle", data: { products: [] } })
  assert.equal(await cache.get({ key: "no-such-handle" }), null)
})
