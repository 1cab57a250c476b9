import type { Metadata } from "next"
import { regionAlternates } from "@/lib/site"
import { JournalIndex } from "./journal-index"

export const revalidate = 3600

type Params = { params: Promise<{ region: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return {
    title: "Journal",
    description: "Guides to meditation posture, cushions and practice from the Stillpoint workshop.",
    alternates: { ...(await regionAlternates((await params).region, "/journal")), types: { "application/atom+xml": "/feed.xml" } },
  }
}

export default async function JournalPage({ params }: Params) {
  return <JournalIndex region={(await params).region} page={1} />
}
