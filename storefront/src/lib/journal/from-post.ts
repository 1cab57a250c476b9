/**
 * A product page reached through a post's link carries the post in its address
 * (`/us/products/classic-round-zafu?from=zafu-or-bench`): what is added to the cart there is
 * attributed to the post (shared/src/journal-attribution.ts). No cookie, nothing stored: the
 * attribution lasts while the reader stays on that page.
 */
import { isPostSlug, type JournalAttribution } from "@stillpoint/shop-contracts"

const PARAM = "from"

export function withJournalPost(href: string, post: string | undefined): string {
  if (!post) return href
  const [path, query = ""] = href.split("?")
  const params = new URLSearchParams(query)
  params.set(PARAM, post)
  return `${path}?${params}`
}

/** The attribution a product page's query names, when it names a post of the right shape. */
export function fromPostLink(query: Record<string, string | string[] | undefined>): JournalAttribution | undefined {
  const post = query[PARAM]
  return isPostSlug(post) ? { post, placement: "link" } : undefined
}
