import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { PostList } from "@/components/journal/PostCard"
import { listedPosts, visiblePosts } from "@/lib/journal/content"
import { toPostSummary } from "@/lib/journal/summaries"
import { isRegionKey } from "@/lib/region"
import { regionAlternates } from "@/lib/site"

export const revalidate = 3600
// Only the addresses listed below exist: any other value is a 404 that Next answers without
// rendering it or writing it to the page cache (made-up URLs must not grow the disk).
export const dynamicParams = false
type Params = { params: Promise<{ region: string; tag: string }> }

export async function generateStaticParams() {
  return [...new Set((await listedPosts()).flatMap((post) => post.tags))].map((tag) => ({ tag }))
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { region, tag } = await params
  return { title: `Journal: ${tag.replace(/-/g, " ")}`, alternates: await regionAlternates(region, `/journal/tag/${tag}`) }
}

export default async function TagPage({ params }: Params) {
  const { region, tag } = await params
  if (!isRegionKey(region)) notFound()
  const posts = (await visiblePosts()).filter((post) => post.tags.includes(tag)).map(toPostSummary)
  if (posts.length === 0) notFound()
  return (
    <>
      <p>
        <Link href={`/${region}/journal`}>Journal</Link>
      </p>
      <h1>Posts about {tag.replace(/-/g, " ")}</h1>
      <PostList posts={posts} region={region} lead />
    </>
  )
}
