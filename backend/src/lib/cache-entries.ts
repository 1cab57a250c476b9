/**
 * Medusa's Caching Module tags a cached answer with the ids found in it, and invalidates it
 * when one of those records changes. An answer with no record in it (a product looked up by
 * a handle nobody has published yet, "no automatic promotions") gets no tag, so nothing
 * could ever invalidate it: it would be served until its TTL (an hour) ran out, after the
 * product was published or the promotion created. Our caching providers do not store such
 * an answer; asking the database again is cheap when there was nothing to find.
 */
export type CacheEntry = { tags?: string[]; options?: { autoInvalidate?: boolean } }

export const canBeInvalidated = (entry: CacheEntry) => Boolean(entry.tags?.length) || entry.options?.autoInvalidate === false
