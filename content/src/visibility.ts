/**
 * The one definition of "published": dated now or earlier, and not a draft. A draft is
 * shown only where the caller previews drafts (the storefront outside production); a post
 * dated in the future is scheduled and shown by nobody until its date.
 */
export type Dated = { draft: boolean; published: Date }

export function isVisible(post: Dated, now = new Date(), { previewDrafts = false } = {}): boolean {
  if (post.draft && !previewDrafts) return false
  return post.published.getTime() <= now.getTime()
}
