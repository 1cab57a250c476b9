/** The small shapes of posts that listings, tiles and feeds need (no rendered tree). */
import type { Post } from "./content"

export type PostSummary = {
  slug: string
  title: string
  excerpt: string
  image: string | null
  imageAlt: string
  published: string
  readingMinutes: number
  tags: string[]
  authorName: string
  authorSlug: string
}

export function toPostSummary(post: Post): PostSummary {
  return {
    slug: post.slug,
    title: post.title,
    excerpt: post.description,
    image: post.cover.src,
    imageAlt: post.cover.alt,
    published: post.published.toISOString(),
    readingMinutes: post.rendered.readingMinutes,
    tags: post.tags,
    authorName: post.author.name,
    authorSlug: post.author.slug,
  }
}

/**
 * Weaves posts into a product listing at a steady rhythm: one post after every
 * `every` products, until either runs out.
 */
export function interleave<P, Q>(products: P[], posts: Q[], every = 5): ({ kind: "product"; product: P } | { kind: "post"; post: Q })[] {
  const tiles: ({ kind: "product"; product: P } | { kind: "post"; post: Q })[] = []
  let next = 0
  products.forEach((product, index) => {
    tiles.push({ kind: "product", product })
    if ((index + 1) % every === 0 && next < posts.length) tiles.push({ kind: "post", post: posts[next++] })
  })
  return tiles
}

export const POSTS_PER_PAGE = 6

export function paginate<T>(items: T[], page: number, perPage = POSTS_PER_PAGE) {
  const pages = Math.max(1, Math.ceil(items.length / perPage))
  return { items: items.slice((page - 1) * perPage, page * perPage), page, pages }
}
