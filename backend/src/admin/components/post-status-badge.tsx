import { StatusBadge } from "@medusajs/ui"
import { formatDay, type JournalPostRow } from "../lib/journal-api"

const COLOR = { published: "green", scheduled: "blue", draft: "grey" } as const

export function PostStatusBadge({ post }: { post: Pick<JournalPostRow, "status" | "date"> }) {
  const label = post.status === "scheduled" ? `Scheduled for ${formatDay(post.date)}` : post.status === "published" ? "Published" : "Draft"
  return (
    <StatusBadge color={COLOR[post.status]} className="shrink-0">
      {label}
    </StatusBadge>
  )
}
