import { canBeInvalidated } from "../../lib/cache-entries"
import { MemoryCachingProvider } from "../../lib/medusa-internals"

type SetInput = Parameters<MemoryCachingProvider["set"]>[0]

/** Medusa's in-memory caching provider, minus answers nothing could invalidate (see lib/cache-entries.ts). */
export class InvalidatableMemoryCachingProvider extends MemoryCachingProvider {
  static identifier = "cache-memory-invalidatable"

  // Copies in and out (useClones): Medusa's steps edit the query results they get
  // (useQueryGraphStep replaces `data`), which without copies corrupts the cached entry: a
  // customer's second cart transfer then failed with a 500. Set here because the Caching
  // Module hands its providers the module's options, not their own.
  constructor(cradle: ConstructorParameters<typeof MemoryCachingProvider>[0]) {
    super(cradle, { useClones: true })
  }

  async set(input: SetInput): Promise<void> {
    if (canBeInvalidated(input)) await super.set(input)
  }
}
