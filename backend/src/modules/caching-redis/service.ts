import { canBeInvalidated } from "../../lib/cache-entries"
import { RedisCachingProvider } from "../../lib/medusa-internals"

type SetInput = Parameters<RedisCachingProvider["set"]>[0]

/** Medusa's Redis caching provider, minus answers nothing could invalidate (see lib/cache-entries.ts). */
export class InvalidatableRedisCachingProvider extends RedisCachingProvider {
  static identifier = "cache-redis-invalidatable"

  async set(input: SetInput): Promise<void> {
    if (canBeInvalidated(input)) await super.set(input)
  }
}
