import type { Metadata } from "next"
import { JournalIndex } from "./journal-index"

export const revalidate = 3600
export const metadata: Metadata = {
  title: "Journal",
  description: "Guides to meditation posture, cushions and practice from the Stillpoint workshop.",
  alternates: { types: { "application/atom+xml": "/feed.xml" } },
}

export default async function JournalPage({ params }: { params: Promise<{ region: string }> }) {
  return <JournalIndex region={(await params).region} page={1} />
}
