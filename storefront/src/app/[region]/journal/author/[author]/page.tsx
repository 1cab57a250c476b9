import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { PostList } from "@/components/journal/PostCard"
import { ServerImage } from "@/components/ui/ServerImage"
import { findAuthor, journalContent, visiblePosts } from "@/lib/journal/content"
import { toPostSummary } from "@/lib/journal/summaries"
import { isRegionKey } from "@/lib/region"
import { regionAlternates } from "@/lib/site"
import styles from "@/components/journal/journal.module.css"

export const revalidate = 3600
// Only the addresses listed below exist: any other value is a 404 that Next answers without
// rendering it or writing it to the page cache (made-up URLs must not grow the disk).
export const dynamicParams = false
type Params = { params: Promise<{ region: string; author: string }> }

export async function generateStaticParams() {
  return (await journalContent()).authors.map((author) => ({ author: author.slug }))
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { region, author: slug } = await params
  const author = await findAuthor(slug)
  if (!author) return {}
  return { title: `${author.name}, ${author.role}`, description: author.bio, alternates: await regionAlternates(region, `/journal/author/${author.slug}`) }
}

export default async function AuthorPage({ params }: Params) {
  const { region, author: slug } = await params
  if (!isRegionKey(region)) notFound()
  const author = await findAuthor(slug)
  if (!author) notFound()
  const posts = (await visiblePosts()).filter((post) => post.author.slug === slug).map(toPostSummary)
  return (
    <>
      <p>
        <Link href={`/${region}/journal`}>Journal</Link>
      </p>
      <div className={styles.author}>
        {author.avatarUrl && <ServerImage src={author.avatarUrl} alt="" width={96} height={96} unoptimized />}
        <div>
          <h1>{author.name}</h1>
          <p className="lead">{author.role}</p>
        </div>
      </div>
      <p>{author.bio}</p>
      {author.about && <p>{author.about}</p>}
      <h2>Posts by {author.name}</h2>
      <PostList posts={posts} region={region} lead />
    </>
  )
}
