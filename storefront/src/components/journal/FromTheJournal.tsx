import { postsReferencingProduct } from "@/lib/journal/content"
import { toPostSummary } from "@/lib/journal/summaries"
import type { RegionKey } from "@/lib/medusa/types"
import { PostCard } from "./PostCard"
import styles from "./journal.module.css"

/** "From the journal" on a product page: the posts that link to this product, from the posts' own links. */
export async function FromTheJournal({ handle, region }: { handle: string; region: RegionKey }) {
  const posts = (await postsReferencingProduct(handle)).slice(0, 3).map(toPostSummary)
  if (posts.length === 0) return null
  return (
    <section aria-labelledby="from-the-journal" data-testid="from-the-journal">
      <h2 id="from-the-journal">From the journal</h2>
      <ul className={styles.list}>
        {posts.map((post) => (
          <li key={post.slug}>
            <PostCard post={post} region={region} headingLevel={3} />
          </li>
        ))}
      </ul>
    </section>
  )
}
