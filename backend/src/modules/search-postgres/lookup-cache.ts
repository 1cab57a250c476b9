/**
 * What the Postgres provider looks up per query word, kept for a minute: a word's lexeme,
 * typo candidates and completions, how many documents a word's alternatives match, the
 * words a lexeme stands for. Search traffic repeats its words (a type-ahead sends every
 * prefix, a results page every page), and each lookup is a database round trip.
 *
 * Entries are per document table; a write to a table drops that table's entries in this
 * process, and other processes see it within the minute (only typo matching and ranking
 * ties can lag: what a document contains is always read from the index itself).
 */
import { LRUCache } from "lru-cache"

const ENTRIES = 20_000
const TTL_MS = 60_000

export class LookupCache<V extends {}> {
  private readonly entries = new LRUCache<string, V>({ max: ENTRIES, ttl: TTL_MS })

  private static key(table: string, key: string) {
    return `${table}\u0000${key}`
  }

  /** The values of `keys`, fetching the missing ones (in one call) with `fetch`. */
  async get(table: string, keys: string[], fetch: (missing: string[]) => Promise<Map<string, V>>): Promise<Map<string, V>> {
    const found = new Map<string, V>()
    const missing: string[] = []
    for (const key of new Set(keys)) {
      const value = this.entries.get(LookupCache.key(table, key))
      if (value === undefined) missing.push(key)
      else found.set(key, value)
    }
    if (missing.length) {
      const fetched = await fetch(missing)
      for (const key of missing) {
        const value = fetched.get(key)
        if (value === undefined) continue
        this.entries.set(LookupCache.key(table, key), value)
        found.set(key, value)
      }
    }
    return found
  }

  forget(table: string) {
    const prefix = LookupCache.key(table, "")
    for (const key of this.entries.keys()) if (key.startsWith(prefix)) this.entries.delete(key)
  }
}
