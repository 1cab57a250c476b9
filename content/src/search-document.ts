/** What the search index holds for a post: its words and what a hit shows, nothing rendered. */
import type { Post } from "./journal.js"
import { isVisible } from "./visibility.js"

export type PostSearchDocument = {
  id: string
  slug: string
  title: string
  description: string
  body: string
  tags: string[]
  author: string
  author_name: string
  published_at: string
  cover: string
}

function toSearchDocument(post: Post): PostSearchDocument {
  return {
    id: post.slug,
    slug: post.slug,
    title: post.title,
    description: post.description,
    body: post.text,
    tags: post.tags,
    author: post.author.slug,
    author_name: post.author.name,
    published_at: post.published.toISOString(),
    cover: post.cover.file,
  }
}

/** The documents the index should hold at `now`: published posts only, never drafts. */
export function searchDocuments(posts: Post[], now = new Date()): PostSearchDocument[] {
  return posts.filter((post) => isVisible(post, now)).map(toSearchDocument)
}
