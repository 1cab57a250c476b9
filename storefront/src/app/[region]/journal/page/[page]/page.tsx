import type { Metadata } from "next"
import { visiblePosts } from "@/lib/journal/content"
import { paginate } from "@/lib/journal/summaries"
import { JournalIndex } from "../../journal-index"

export const revalidate = 3600
export const metadata: Metadata = { title: "Journal" }

export async function generateStaticParams() {
  const { pages } = paginate(await visiblePosts(), 1)
  return Array.from({ length: Math.max(0, pages - 1) }, (_, i) => ({ page: String(i + 2) }))
}

export default async function JournalPageN({ params }: { params: Promise<{ region: string; page: string }> }) {
  const { region, page } = await params
  return <JournalIndex region={region} page={Number(page)} />
}
