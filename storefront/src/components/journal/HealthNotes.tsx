import { HEALTH_NOTICES, type HealthKind, REVIEW_LABELS, type Review } from "@stillpoint/content"
// Relative, not "@/lib/…", so the node:test run (no Next aliases) can load this component.
import { formatDate } from "../../lib/format"

/**
 * The notice above a health post, its text chosen by the post's kind (the text itself lives in
 * @stillpoint/content), so a practical guide never claims to summarise research.
 */
export function HealthNotice({ kind, className }: { kind: HealthKind; className?: string }) {
  const notice = HEALTH_NOTICES[kind]
  return (
    <aside className={className} aria-labelledby="health-notice-title" data-testid="health-notice" data-kind={kind}>
      <h2 id="health-notice-title">{notice.title}</h2>
      <p>{notice.text}</p>
    </aside>
  )
}

/** "Reviewed by <name>, <role>, on <date> (an editorial review …)": what the check was, said plainly. */
export function ReviewedBy({ review, authorHref }: { review: Review; authorHref: string }) {
  const date = review.date.toISOString()
  return (
    <span data-testid="reviewed-by">
      Reviewed by <a href={authorHref}>{review.by.name}</a>, {review.by.role}, on <time dateTime={date}>{formatDate(date)}</time> (
      {REVIEW_LABELS[review.kind]})
    </span>
  )
}
