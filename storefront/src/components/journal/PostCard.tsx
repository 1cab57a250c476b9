import Link from "next/link"
import { ServerImage } from "@/components/ui/ServerImage"
import { formatDate } from "@/lib/format"
import type { PostSummary } from "@/lib/journal/summaries"
import type { RegionKey } from "@/lib/medusa/types"
import styles from "./journal.module.css"

/**
 * A post in a listing: the journal index, tag and author pages, and between product tiles.
 * `priority`: its image is the page's largest paint (the first card of a journal listing).
 */
export function PostCard({ post, region, headingLevel = 2, priority = false }: { post: PostSummary; region: RegionKey; headingLevel?: 2 | 3; priority?: boolean }) {
  const Heading = headingLevel === 2 ? "h2" : "h3"
  return (
    <article className={styles.card} data-testid="post-card">
      {post.image && (
        <div className={styles.cardImage}>
          <ServerImage src={post.image} alt={post.imageAlt} width={600} height={315} sizes="(max-width: 700px) 100vw, 400px" unoptimized priority={priority} />
        </div>
      )}
      <p className={styles.kicker}>Journal · {post.readingMinutes} min read</p>
      <Heading className={styles.cardTitle}>
        <Link href={`/${region}/journal/${post.slug}`}>{post.title}</Link>
      </Heading>
      <p className={styles.cardExcerpt}>{post.excerpt}</p>
      <p className={styles.meta}>
        {post.authorName} · <time dateTime={post.published}>{formatDate(post.published)}</time>
      </p>
    </article>
  )
}

/** `lead`: the list opens its page, so the first card's image is fetched first, not lazily. */
export function PostList({ posts, region, lead = false }: { posts: PostSummary[]; region: RegionKey; lead?: boolean }) {
  return (
    <ul className={styles.list}>
      {posts.map((post, index) => (
        <li key={post.slug}>
          <PostCard post={post} region={region} priority={lead && index === 0} />
        </li>
      ))}
    </ul>
  )
}

export function Pagination({ page, pages, hrefFor }: { page: number; pages: number; hrefFor: (page: number) => string }) {
  if (pages <= 1) return null
  return (
    <nav className={styles.pagination} aria-label="Journal pages">
      {page > 1 && (
        <Link href={hrefFor(page - 1)} rel="prev">
          ← Newer posts
        </Link>
      )}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages && (
        <Link href={hrefFor(page + 1)} rel="next">
          Older posts →
        </Link>
      )}
    </nav>
  )
}
