/**
 * A cart line that began in the journal: the post (its slug) and where in it the reader chose
 * the product (its product card, or a link to the product page). Kept in the line item's
 * metadata, which Medusa carries through region changes, cart transfers and into the order.
 * The backend keeps it only when the post is published and links that product
 * (backend/src/api/store/carts/journal-attribution.ts); last post wins per line.
 */
export const JOURNAL_PLACEMENTS = ["card", "link"] as const
export type JournalPlacement = (typeof JOURNAL_PLACEMENTS)[number]
export type JournalAttribution = { post: string; placement: JournalPlacement }

/** The line item metadata keys. */
export const JOURNAL_METADATA = { post: "journal_post", placement: "journal_placement" } as const

/**
 * A name in the shop's addresses (a post's slug, a product's or category's handle): lowercase
 * letters and digits, single hyphens between them, at most `maxLength` characters.
 */
export function hasSlugShape(value: unknown, maxLength: number): value is string {
  return typeof value === "string" && value.length <= maxLength && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
}

/** A post slug as content/posts names files. */
export function isPostSlug(value: unknown): value is string {
  return hasSlugShape(value, 120)
}

export function isJournalPlacement(value: unknown): value is JournalPlacement {
  return typeof value === "string" && (JOURNAL_PLACEMENTS as readonly string[]).includes(value)
}

export function attributionMetadata(from: JournalAttribution): Record<string, string> {
  return { [JOURNAL_METADATA.post]: from.post, [JOURNAL_METADATA.placement]: from.placement }
}

/** The attribution a line item's metadata holds, or null (none, or not of the right shape). */
export function attributionFromMetadata(metadata: Record<string, unknown> | null | undefined): JournalAttribution | null {
  const post = metadata?.[JOURNAL_METADATA.post]
  const placement = metadata?.[JOURNAL_METADATA.placement]
  return isPostSlug(post) && isJournalPlacement(placement) ? { post, placement } : null
}

/** The metadata without any journal attribution (what is left when a claimed one does not hold). */
export function withoutAttribution(metadata: Record<string, unknown>): Record<string, unknown> {
  const { [JOURNAL_METADATA.post]: _post, [JOURNAL_METADATA.placement]: _placement, ...rest } = metadata
  return rest
}
