import { canBeInvalidated } from "../../lib/cache-entries"
import { MemoryCachingProvider } from "../../lib/medusa-internals"

type SetInput = Parameters<MemoryCachingProvider["set"]>[0]
type GetInput = Parameters<MemoryCachingProvider["get"]>[0]

/**
 * The cache's bounds, in the provider's own measure (bytes of the entries' JSON; the objects
 * take 2-3× that on the V8 heap). Medusa's defaults are 300 MB and 25,000 keys, and when full
 * its provider skips new entries instead of evicting old ones: an hour (the TTL) of every cart's
 * and every listing's lookups stays in the heap, and the cache then freezes on whatever came
 * first. 32 MB holds a few hundred product listings of 20 and every region, channel and cart
 * lookup of a busy hour's recent shoppers; with the backend's heap capped (scripts/medusa-app.ts)
 * it stays well inside it.
 */
export const CACHE_MAX_BYTES = 32 * 1024 * 1024
export const CACHE_MAX_KEYS = 5000

/**
 * Medusa's in-memory caching provider, minus answers nothing could invalidate (see
 * lib/cache-entries.ts), bounded by size and entry count with least-recently-used eviction.
 */
export class InvalidatableMemoryCachingProvider extends MemoryCachingProvider {
  static identifier = "cache-memory-invalidatable"

  // Copies in and out (useClones): Medusa's steps edit the query results they get
  // (useQueryGraphStep replaces `data`), which without copies corrupts the cached entry: a
  // customer's second cart transfer then failed with a 500. Set here because the Caching
  // Module hands its providers the module's options, not their own.
  constructor(cradle: ConstructorParameters<typeof MemoryCachingProvider>[0]) {
    super(cradle, { useClones: true, maxSize: CACHE_MAX_BYTES, maxKeys: CACHE_MAX_KEYS })
  }

  async get(input: GetInput) {
    const found = await super.get(input)
    if (input.key && found !== null) this.touch(this.hasher(input.key))
    return found
  }

  async set(input: SetInput): Promise<void> {
    if (!canBeInvalidated(input)) return
    const key = this.hasher(input.key)
    // node-cache refuses (throws) any set once maxKeys are stored, even of a stored key.
    this.evictWhile(() => this.cacheClient.getStats().keys >= CACHE_MAX_KEYS, key)
    await super.set(input)
    this.touch(key)
    // The provider skips every later entry once over maxSize; evicting keeps it under.
    this.evictWhile(() => this.approximateMemoryUsage > this.maxSize, key)
  }

  /**
   * The provider's `keySizes` map (hashed key -> bytes) holds every stored key in insertion
   * order; moving a key to its end on each use makes its first key the least recently used.
   */
  private touch(key: string) {
    const size = this.keySizes.get(key)
    if (size === undefined) return
    this.keySizes.delete(key)
    this.keySizes.set(key, size)
  }

  /** Deletes least recently used entries while `over()`; node-cache's "del" event runs the provider's own clean-up of tags and sizes. */
  private evictWhile(over: () => boolean, keep: string) {
    for (const key of this.keySizes.keys()) {
      if (!over()) return
      if (key === keep) continue
      this.cacheClient.del(key)
      // An entry that expired in node-cache without its event yet: drop the bookkeeping too.
      if (this.keySizes.has(key)) {
        this.approximateMemoryUsage -= this.keySizes.get(key) ?? 0
        this.keySizes.delete(key)
      }
    }
  }
}
