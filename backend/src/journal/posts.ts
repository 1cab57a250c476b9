/**
 * The journal as the backend sees it: the posts in content/posts (through @stillpoint/content,
 * the journal's one loader), read once per process: the files change only with a deploy, which
 * restarts the backend. What changes with time (a scheduled post's date arriving) is worked out
 * on every call.
 */
import { isVisible, loadJournal, type Post } from "@stillpoint/content"

let loading: Promise<Post[]> | undefined

export function journalPosts(): Promise<Post[]> {
  loading ??= loadJournal()
    .then((journal) => journal.posts)
    .catch((error: unknown) => {
      loading = undefined
      throw error
    })
  return loading
}

export type PostStatus = "published" | "scheduled" | "draft"

export function postStatus(post: Post, now = new Date()): PostStatus {
  if (post.draft) return "draft"
  return isVisible(post, now) ? "published" : "scheduled"
}

/** True when the post is published now and refers to the product (a card, a link, or featured). */
export async function publishedPostLinksProduct(slug: string, productHandle: string, now = new Date()): Promise<boolean> {
  const post = (await journalPosts()).find((candidate) => candidate.slug === slug)
  return Boolean(post && postStatus(post, now) === "published" && post.productHandles.includes(productHandle))
}
