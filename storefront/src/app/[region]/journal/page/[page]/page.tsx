import type { Metadata } from "next"
import { visiblePosts } from "@/lib/journal/content"
import { paginate } from "@/lib/journal/summaries"
import { regionAlternates } from "@/lib/site"
import { JournalIndex } from "../../journal-index"

export const revalidate = 3600

export async function generateStaticParams() {
  const { pages } = paginate(await visiblePosts(), 1)
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
