/**
 * What a product or category handle in an address may look like: lowercase letters, digits and
 * single hyphens between them, at most 100 characters (Medusa's handles as the seed and the
 * admin make them). Anything else is answered with 404 before the Store API is asked, so a
 * made-up address costs neither a backend request nor a cache entry.
 */
import { hasSlugShape } from "@stillpoint/shop-contracts"

export const MAX_HANDLE_LENGTH = 100

export function isHandle(value: unknown): value is string {
  return hasSlugShape(value, MAX_HANDLE_LENGTH)
}
