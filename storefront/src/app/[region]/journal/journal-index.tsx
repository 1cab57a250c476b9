import { notFound } from "next/navigation"
import { Pagination, PostList } from "@/components/journal/PostCard"
import { visiblePosts } from "@/lib/journal/content"
import { paginate, toPostSummary } from "@/lib/journal/summaries"
import { isRegionKey } from "@/lib/region"

/** The journal index, newest first; page 1 lives at /journal, the rest at /journal/page/<n>. */
export async function JournalIndex({ region, page }: { region: string; page: number }) {
  if (!isRegionKey(region)) notFound()
  const posts = (await visiblePosts()).map(toPostSummary)
  const { items, pages } = paginate(posts, page)
  if (page < 1 || page > pages || !Number.isInteger(page)) notFound()
  return (
    <>
      <h1>Journal</h1>
      <p className="lead">Notes on posture, practice and the making of our cushions, from the people who sew them and sit on them.</p>
      <PostList posts={items} region={region} lead />
      <Pagination page={page} pages={pages} hrefFor={(n) => (n === 1 ? `/${region}/journal` : `/${region}/journal/page/${n}`)} />
    </>
  )
}
