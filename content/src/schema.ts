/** What a post's and an author's frontmatter must hold, and errors that say how to fix them. */
import { z } from "zod"

const isoDate = z.coerce.date({
  errorMap: (issue) => ({ message: issue.code === "invalid_type" && issue.received === "undefined" ? "Required" : "must be a date like 2026-03-14" }),
})
const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** What kind of health post this is: it chooses the notice the reader sees (health.ts). */
export const HEALTH_KINDS = ["research-summary", "practical-guidance"] as const
export type HealthKind = (typeof HEALTH_KINDS)[number]
/** What a review checked: sources and claims (editorial), or the medicine itself (medical, by a clinician). */
export const REVIEW_KINDS = ["editorial", "medical"] as const
export type ReviewKind = (typeof REVIEW_KINDS)[number]
/** Tags that make a post a health post, which must then say which kind it is. */
export const HEALTH_TAGS = ["health", "research"]

const reviewed = z
  .object({
    by: z.string().regex(kebab, "must be an author's file name in content/authors, without .md"),
    date: isoDate,
    kind: z.enum(REVIEW_KINDS, { message: 'must be "editorial" (sources and claims checked) or "medical" (checked by a clinician)' }),
  })
  .strict()

export const postFrontmatter = z
  .object({
    title: z.string().min(3, "needs a title of at least 3 characters"),
    slug: z.string().regex(kebab, "must be lower-case words joined by hyphens, like zafu-or-bench"),
    description: z.string().min(20, "needs a one- or two-sentence excerpt").max(200, "should be at most 200 characters (it is the meta description)"),
    published: isoDate,
    updated: isoDate.optional(),
    author: z.string().regex(kebab, "must be an author's file name in content/authors, without .md"),
    tags: z.array(z.string().regex(kebab, "tags are lower-case words joined by hyphens")).min(1, "needs at least one tag"),
    cover: z.string().regex(/^images\/.+\.(svg|png|jpe?g|webp)$/, "must be a path under content/images, like images/posts/zafu-or-bench.svg"),
    coverAlt: z.string().min(5, "needs alt text describing the cover image"),
    products: z.array(z.string().regex(kebab, "must be product handles")).default([]),
    draft: z.boolean().default(false),
    health: z.enum(HEALTH_KINDS, { message: 'must be "research-summary" or "practical-guidance"' }).optional(),
    reviewed: reviewed.optional(),
  })
  .strict()
  .refine((data) => !data.updated || data.updated >= data.published, {
    message: "must not be earlier than published",
    path: ["updated"],
  })
  .refine((data) => data.health || !data.tags.some((tag) => HEALTH_TAGS.includes(tag)), {
    message: 'is missing on a post tagged health or research: say "research-summary" or "practical-guidance", which chooses the notice readers see',
    path: ["health"],
  })
  // A summary of research is only as good as its check: who checked it, and when, is shown to readers.
  .refine((data) => data.health !== "research-summary" || data.reviewed, {
    message:
      "is missing on a research summary: add reviewed: { by: <author who checked it>, date: <when>, kind: editorial | medical }; name only someone whose author file lists that kind of review",
    path: ["reviewed"],
  })

export type PostFrontmatter = z.infer<typeof postFrontmatter>

export const authorFrontmatter = z
  .object({
    name: z.string().min(2, "needs the author's name"),
    role: z.string().min(2, "needs the author's role"),
    bio: z.string().min(20, "needs a short bio"),
    avatar: z.string().regex(/^images\/.+\.(svg|png|jpe?g|webp)$/, "must be a path under content/images").optional(),
    /** The kinds of review this person may sign on a post: what their role really qualifies them for. */
    reviews: z.array(z.enum(REVIEW_KINDS, { message: 'reviews are "editorial" or "medical"' })).default([]),
  })
  .strict()

export type AuthorFrontmatter = z.infer<typeof authorFrontmatter>

/** "content/posts/x.md: frontmatter field `slug` must be …" — one line per problem. */
export function describeIssues(file: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.join(".") || "(frontmatter)"
    const message =
      issue.code === "unrecognized_keys"
        ? `has unknown field(s) ${issue.keys.join(", ")}: remove them or fix the spelling`
        : issue.message === "Required"
          ? "is missing: add it"
          : issue.message
    return `${file}: frontmatter field \`${field}\` ${message}`
  })
}
