/**
 * Reads the journal from content/: posts and authors, validated against schema.ts.
 * Parsing is done once per process; which posts are visible (drafts, future dates) is
 * decided on every call, so a scheduled post appears on its date after revalidation.
 */
import matter from "gray-matter"
import { imageSizeFromFile } from "image-size/fromFile"
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { renderMarkdown, type RenderedMarkdown } from "./render"
import { authorFrontmatter, describeIssues, postFrontmatter, type AuthorFrontmatter, type PostFrontmatter } from "./schema"

// The storefront runs from storefront/ (content is one up); tests run from the repo root.
export const CONTENT_DIR = resolve(
  process.env.CONTENT_DIR || [join(process.cwd(), "content"), join(process.cwd(), "..", "content")].find((dir) => existsSync(join(dir, "posts"))) || "content"
)
/** Where the storefront serves content/images from (see app/journal-images). */
export const IMAGE_PREFIX = "/journal-images"

export type Author = AuthorFrontmatter & { slug: string; about: string; avatarUrl?: string }

/** `src` is its public URL, `file` its path under content/ (share cards are drawn from it). */
export type Image = { src: string; file: string; alt: string; width: number; height: number }

export type Post = Omit<PostFrontmatter, "author" | "cover" | "coverAlt" | "products"> & {
  file: string
  author: Author
  cover: Image
  featuredProducts: string[]
  /** Every product the post refers to (featured, cards, links), first mention first. */
  productHandles: string[]
  /** Each reference with the file and line it is on, for the integrity check's messages. */
  productReferences: { handle: string; where: string }[]
  rendered: RenderedMarkdown
  /** The body as plain text, for search and feeds. */
  text: string
}

export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`The journal content has ${problems.length} problem(s):\n  ${problems.join("\n  ")}`)
  }
}

function readMarkdownDir(dir: string) {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => {
      const path = join(dir, name)
      return { name, path, relative: `content/${dir.split("/").pop()}/${name}`, parsed: matter(readFileSync(path, "utf8")) }
    })
}

const publicUrl = (contentPath: string) => `${IMAGE_PREFIX}/${contentPath.replace(/^images\//, "")}`

async function loadAuthors(contentDir: string, problems: string[]) {
  const authors = new Map<string, Author>()
  for (const file of readMarkdownDir(join(contentDir, "authors"))) {
    const result = authorFrontmatter.safeParse(file.parsed.data)
    if (!result.success) {
      problems.push(...describeIssues(file.relative, result.error))
      continue
    }
    if (result.data.avatar && !existsSync(join(contentDir, result.data.avatar))) {
      problems.push(`${file.relative}: avatar ${result.data.avatar} does not exist`)
    }
    const slug = file.name.replace(/\.md$/, "")
    authors.set(slug, {
      ...result.data,
      slug,
      about: file.parsed.content.trim(),
      avatarUrl: result.data.avatar ? publicUrl(result.data.avatar) : undefined,
    })
  }
  return authors
}

/** Loads and renders every post, drafts included; throws a ContentError listing every problem. */
export async function loadJournal(contentDir = CONTENT_DIR) {
  const problems: string[] = []
  const authors = await loadAuthors(contentDir, problems)
  const posts: Post[] = []
  const slugs = new Map<string, string>()

  for (const file of readMarkdownDir(join(contentDir, "posts"))) {
    const result = postFrontmatter.safeParse(file.parsed.data)
    if (!result.success) {
      problems.push(...describeIssues(file.relative, result.error))
      continue
    }
    const data = result.data
    // gray-matter strips the frontmatter; count its lines so reported line numbers match the file.
    const bodyOffset = file.parsed.matter ? file.parsed.matter.split("\n").length + 1 : 0
    const at = (line?: number) => (line ? `${file.relative}:${line + bodyOffset}` : file.relative)

    if (data.slug !== file.name.replace(/\.md$/, "")) problems.push(`${file.relative}: slug "${data.slug}" must match the file name`)
    if (slugs.has(data.slug)) problems.push(`${file.relative}: slug "${data.slug}" is already used by ${slugs.get(data.slug)}`)
    slugs.set(data.slug, file.relative)
    const author = authors.get(data.author)
    if (!author) problems.push(`${file.relative}: author "${data.author}" has no file content/authors/${data.author}.md`)

    let cover: Image | undefined
    try {
      const size = await imageSizeFromFile(join(contentDir, data.cover))
      cover = { src: publicUrl(data.cover), file: data.cover, alt: data.coverAlt, width: size.width, height: size.height }
    } catch {
      problems.push(`${file.relative}: cover image ${data.cover} does not exist under content/`)
    }

    const rendered = await renderMarkdown(file.parsed.content, file.path, { contentDir, imagePrefix: IMAGE_PREFIX })
    problems.push(...rendered.warnings.map((w) => `${at(w.line)}: ${w.message}`))
    if (!author || !cover) continue

    const productReferences = [
      ...data.products.map((handle) => ({ handle, where: `${file.relative} (frontmatter products)` })),
      ...rendered.productCards.map((c) => ({ handle: c.handle, where: at(c.line) })),
      ...rendered.productLinks.map((l) => ({ handle: l.handle, where: at(l.line) })),
    ]
    const { products, cover: _cover, coverAlt: _alt, author: _author, ...rest } = data
    posts.push({
      ...rest,
      file: file.relative,
      author,
      cover,
      featuredProducts: products,
      productHandles: [...new Set(productReferences.map((r) => r.handle))],
      productReferences,
      rendered,
      text: plainText(file.parsed.content),
    })
  }
  if (problems.length) throw new ContentError(problems)
  posts.sort((a, b) => b.published.getTime() - a.published.getTime() || a.slug.localeCompare(b.slug))
  return { posts, authors: [...authors.values()] }
}

function plainText(markdown: string) {
  return markdown
    .replace(/^::\w+\{.*\}$/gm, "")
    .replace(/\[\^[^\]]+\]:.*$/gm, "")
    .replace(/\[\^[^\]]+\]/g, "")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/[#*_`>|]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
}

/** Published means: not a draft (drafts show only outside production) and dated today or earlier. */
export function isVisible(post: Pick<Post, "draft" | "published">, now = new Date(), production = process.env.NODE_ENV === "production") {
  if (post.draft && production) return false
  return post.published.getTime() <= now.getTime()
}

let journal: ReturnType<typeof loadJournal> | undefined

/** The whole journal, parsed once per process. */
export function journalContent() {
  journal ??= loadJournal()
  return journal
}

export async function visiblePosts(now = new Date()) {
  return (await journalContent()).posts.filter((post) => isVisible(post, now))
}

export async function findPost(slug: string, now = new Date()) {
  return (await visiblePosts(now)).find((post) => post.slug === slug)
}

export async function findAuthor(slug: string) {
  return (await journalContent()).authors.find((author) => author.slug === slug)
}

/** The product<->post link graph, derived from the posts' own references. */
export async function postsReferencingProduct(handle: string, now = new Date()) {
  return (await visiblePosts(now)).filter((post) => post.productHandles.includes(handle))
}

export function readContentFile(relativePath: string, contentDir = CONTENT_DIR) {
  const path = resolve(contentDir, relativePath)
  if (!path.startsWith(resolve(contentDir, "images") + "/")) return undefined
  return existsSync(path) ? readFileSync(path) : undefined
}
