import type { Metadata } from "next"
import { listedPosts } from "@/lib/journal/content"
import { paginate } from "@/lib/journal/summaries"
import { regionAlternates } from "@/lib/site"
import { JournalIndex } from "../../journal-index"

export const revalidate = 3600
// Only the addresses listed below exist: any other value is a 404 that Next answers without
// rendering it or writing it to the page cache (made-up URLs must not grow the disk).
export const dynamicParams = false

export async function generateStaticParams() {
  const { pages } = paginate(await listedPosts(), 1)
  return Array.from({ length: Math.max(0, pages - 1) }, (_, i) => ({ page: String(i + 2) }))
}

type Params = { params: Promise<{ region: string; page: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { region, page } = await params
  return { title: "Journal", alternates: await regionAlternates(region, `/journal/page/${page}`) }
}

export default async function JournalPageN({ params }: Params) {
  const { region, page } = await params
  return <JournalIndex region={region} page={Number(page)} />
}
