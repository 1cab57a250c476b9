/**
 * Editorial care for health posts (frontmatter `health:`): the notice each kind shows, what a
 * review's label says, and the checks the loader runs on every health post:
 *   - a research summary cites at least one primary source in its footnotes: a DOI, PubMed (or
 *     PubMed Central) or a medicines regulator's own page;
 *   - a review is signed by an author whose file allows that kind of review;
 *   - products appear only in one `:::shop` block at the end of the post, which rendering labels
 *     as the shop's own (render/plugins/remark-shop-note.ts), and that block makes no claim that
 *     a product treats anything.
 */
import type { Nodes, Root, RootContent } from "mdast"
import { toString as mdastToString } from "mdast-util-to-string"
import { visit } from "unist-util-visit"
import type { Author } from "./journal.js"
import type { ProductReference } from "./product-references.js"
import type { HealthKind, PostFrontmatter, ReviewKind } from "./schema.js"

/** The one place the notice text lives; the storefront shows it above the article. */
export const HEALTH_NOTICES: Record<HealthKind, { title: string; text: string }> = {
  "research-summary": {
    title: "Not medical advice",
    text: "This article summarises published research for general information. It is not a diagnosis, a treatment recommendation or a substitute for care from a qualified clinician. If you are struggling, talk to your doctor; in a crisis, contact your local emergency number.",
  },
  "practical-guidance": {
    title: "Not medical advice",
    text: "This article shares practical experience from teaching meditation, for general information. It is not a diagnosis, a treatment or a substitute for care from a qualified clinician. If something worries you, talk to your doctor or another health professional; in an emergency, contact your local emergency number.",
  },
}

/** Said after "Reviewed by … on …", so no reader takes an editorial check for a medical one. */
export const REVIEW_LABELS: Record<ReviewKind, string> = {
  editorial: "an editorial review of the sources and claims, not a medical review",
  medical: "a medical review",
}

/** The heading rendering gives a `:::shop` block (render/plugins/remark-shop-note.ts). */
export const SHOP_NOTE_LABEL = "From the Stillpoint shop"
/** The directive that marks the block: `:::shop` … `:::`. */
export const SHOP_NOTE_DIRECTIVE = "shop"

/**
 * Hosts whose links count as a primary source: the DOI resolver, PubMed and PubMed Central (the
 * article itself), and medicines regulators' own sites (subdomains included, like api.fda.gov).
 */
export const PRIMARY_SOURCE_HOSTS = [
  "doi.org",
  "pubmed.ncbi.nlm.nih.gov",
  "pmc.ncbi.nlm.nih.gov",
  "fda.gov",
  "ema.europa.eu",
  "tga.gov.au",
  "mhra.gov.uk",
]

/** Words that would present a product as treating something; none belongs in the shop block. */
const TREATMENT_CLAIMS = ["treat", "treats", "treatment", "cure", "cures", "heal", "heals", "relief", "relieve", "relieves", "remedy", "therapy", "therapeutic", "soothe", "soothes"]

export function isPrimarySource(url: string): boolean {
  let host: string
  try {
    host = new URL(url).hostname.toLowerCase()
  } catch {
    return false
  }
  return PRIMARY_SOURCE_HOSTS.some((primary) => host === primary || host.endsWith(`.${primary}`))
}

/** The URLs a footnote links to (written links and GFM's bare-URL autolinks alike). */
function linksIn(node: Nodes): string[] {
  const urls: string[] = []
  visit(node, "link", (link) => {
    urls.push(link.url)
  })
  return urls
}

const isShopNote = (node: RootContent) => node.type === "containerDirective" && node.name === SHOP_NOTE_DIRECTIVE

type Checked = {
  file: string
  /** "content/posts/x.md:12" for a line of the body. */
  where: (line?: number) => string
  frontmatter: Pick<PostFrontmatter, "health" | "reviewed" | "products">
  tree: Root
  references: ProductReference[]
}

/** Every editorial problem of one post, one line each, by file and line. */
export function editorialProblems(post: Checked, authors: ReadonlyMap<string, Author>): string[] {
  const problems: string[] = []
  const { file, frontmatter, tree } = post

  const reviewed = frontmatter.reviewed
  if (reviewed) {
    const reviewer = authors.get(reviewed.by)
    if (!reviewer) {
      problems.push(`${file}: reviewed.by "${reviewed.by}" has no file content/authors/${reviewed.by}.md: a reviewer must be someone the journal names`)
    } else if (!reviewer.reviews.includes(reviewed.kind)) {
      problems.push(
        `${file}: reviewed.by "${reviewed.by}" may not sign a ${reviewed.kind} review (content/authors/${reviewed.by}.md lists reviews: [${reviewer.reviews.join(", ")}]); name someone qualified, or label the review as what it was`
      )
    }
  }

  if (frontmatter.health === "research-summary") {
    const footnotes = tree.children.filter((node) => node.type === "footnoteDefinition")
    if (!footnotes.some((footnote) => linksIn(footnote).some(isPrimarySource))) {
      problems.push(
        `${file}: a research summary must cite primary sources: no footnote links a DOI (https://doi.org/…), PubMed or a regulator (${PRIMARY_SOURCE_HOSTS.slice(3).join(", ")}); news sites and blogs are not enough`
      )
    }
  }

  if (frontmatter.health) problems.push(...shopNoteProblems(post))
  return problems
}

/** A health post points to products only from one labelled block at its end, worded as the shop's. */
function shopNoteProblems({ file, where, frontmatter, tree, references }: Checked): string[] {
  const problems: string[] = []
  const notes = tree.children.filter(isShopNote)
  const linksProducts = frontmatter.products.length > 0 || references.length > 0
  if (notes.length === 0) {
    if (linksProducts) {
      problems.push(
        `${file}: a health post that links products must point to them only from a ":::shop" block at its end, which is labelled "${SHOP_NOTE_LABEL}"`
      )
    }
    return problems
  }
  if (notes.length > 1) problems.push(`${where(notes[1].position?.start.line)}: a health post has one ":::shop" block, at its end`)

  const note = notes[0]
  const start = note.position?.start.line ?? 0
  const end = note.position?.end.line ?? 0
  // Footnote and link definitions print after the article wherever they are written.
  const article = tree.children.filter((node) => node.type !== "footnoteDefinition" && node.type !== "definition")
  if (article.at(-1) !== note) problems.push(`${where(start)}: the ":::shop" block must end the post, after the article`)

  for (const ref of references) {
    const inNote = ref.line !== undefined && ref.line >= start && ref.line <= end
    if (!inNote) {
      problems.push(`${where(ref.line)}: product "${ref.handle}" is linked outside the ":::shop" block: in a health post, products appear only there, labelled as the shop's own`)
    }
  }
  const inNote = new Set(references.map((ref) => ref.handle))
  for (const handle of frontmatter.products) {
    if (!inNote.has(handle)) problems.push(`${file} (frontmatter products): product "${handle}" is not in the ":::shop" block, so it would be offered without the shop's label`)
  }

  const words = mdastToString(note).toLowerCase().split(/[^a-z]+/)
  const claims = TREATMENT_CLAIMS.filter((claim) => words.includes(claim))
  if (claims.length) {
    problems.push(`${where(start)}: the ":::shop" block says ${claims.map((c) => `"${c}"`).join(", ")}: it must not present a product as treating or relieving anything`)
  }
  return problems
}
