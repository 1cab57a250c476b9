/**
 * Reads the journal from content/: posts and authors, validated against schema.ts, each
 * post's body parsed once (markdown.ts) into the tree its search text, product references
 * and rendering come from. Which posts are visible is decided by the caller (visibility.ts).
 */
import matter from "gray-matter"
import { imageSizeFromFile } from "image-size/fromFile"
import type { Root } from "mdast"
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { basename, join, resolve } from "node:path"
import { contentDir } from "./content-dir.js"
import { editorialProblems } from "./health.js"
import { parseMarkdown, plainText } from "./markdown.js"
import { productReferences } from "./product-references.js"
import { authorFrontmatter, describeIssues, postFrontmatter, type AuthorFrontmatter, type PostFrontmatter } from "./schema.js"

export type Author = AuthorFrontmatter & { slug: string; about: string }

/** `file` is the image's path under content/ (images/…). */
export type CoverImage = { file: string; alt: string; width: number; height: number }

/** Who checked a post, when, and what kind of check it was (health.ts labels it for readers). */
export type Review = Omit<NonNullable<PostFrontmatter["reviewed"]>, "by"> & { by: Author }

export type Post = Omit<PostFrontmatter, "author" | "cover" | "coverAlt" | "products" | "reviewed"> & {
  /** content/posts/<slug>.md, as problems name it. */
  file: string
  /** The file's absolute path (images in the body are relative to it). */
  path: string
  author: Author
  /** Present only when someone named in content/authors checked the post. */
  reviewed?: Review
  cover: CoverImage
  featuredProducts: string[]
  /** Every product the post refers to (featured, cards, links), first mention first. */
  productHandles: string[]
  /** Each reference with the file and line it is on, for problem reports. */
  productReferences: { handle: string; where: string }[]
  /** The Markdown after the frontmatter, and its syntax tree. */
  body: string
  tree: Root
  /** Lines the frontmatter takes: a line in `body` is this many lines further down in the file. */
  bodyLineOffset: number
  /** The body as the plain text a reader sees, for search. */
  text: string
}

export type Journal = { posts: Post[]; authors: Author[] }

export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`The journal content has ${problems.length} problem(s):\n  ${problems.join("\n  ")}`)
  }
}

/** "content/posts/x.md:12", or the file alone when the line is unknown. */
export const where = (post: Pick<Post, "file" | "bodyLineOffset">, line?: number) =>
  line ? `${post.file}:${line + post.bodyLineOffset}` : post.file

function readMarkdownDir(dir: string) {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => {
      const path = join(dir, name)
      const source = readFileSync(path, "utf8")
      const parsed = matter(source)
      // The body is the file's tail: a line in it is this many lines further down in the file.
      const bodyLineOffset = source.split("\n").length - parsed.content.split("\n").length
      return { slug: name.slice(0, -".md".length), path, relative: `content/${basename(dir)}/${name}`, parsed, bodyLineOffset }
    })
}

function readAuthors(dir: string, problems: string[]) {
  const authors = new Map<string, Author>()
  for (const file of readMarkdownDir(join(dir, "authors"))) {
    const result = authorFrontmatter.safeParse(file.parsed.data)
    if (!result.success) {
      problems.push(...describeIssues(file.relative, result.error))
      continue
    }
    if (result.data.avatar && !existsSync(join(dir, result.data.avatar))) {
      problems.push(`${file.relative}: avatar ${result.data.avatar} does not exist`)
    }
    authors.set(file.slug, { ...result.data, slug: file.slug, about: file.parsed.content.trim() })
  }
  return authors
}

/**
 * Every post, drafts included, newest first, with every problem found; posts with a problem
 * that leaves them unusable (bad frontmatter, no author, no cover) are left out.
 */
export async function readJournal(dir = contentDir()): Promise<Journal & { problems: string[] }> {
  const problems: string[] = []
  const authors = readAuthors(dir, problems)
  const posts: Post[] = []
  const slugs = new Map<string, string>()

  for (const file of readMarkdownDir(join(dir, "posts"))) {
    const result = postFrontmatter.safeParse(file.parsed.data)
    if (!result.success) {
      problems.push(...describeIssues(file.relative, result.error))
      continue
    }
    const { products, cover: coverFile, coverAlt, author: authorSlug, reviewed, ...frontmatter } = result.data
    if (frontmatter.slug !== file.slug) problems.push(`${file.relative}: slug "${frontmatter.slug}" must match the file name`)
    if (slugs.has(frontmatter.slug)) problems.push(`${file.relative}: slug "${frontmatter.slug}" is already used by ${slugs.get(frontmatter.slug)}`)
    slugs.set(frontmatter.slug, file.relative)
    const author = authors.get(authorSlug)
    if (!author) problems.push(`${file.relative}: author "${authorSlug}" has no file content/authors/${authorSlug}.md`)

    let cover: CoverImage | undefined
    try {
      const size = await imageSizeFromFile(join(dir, coverFile))
      cover = { file: coverFile, alt: coverAlt, width: size.width, height: size.height }
    } catch {
      problems.push(`${file.relative}: cover image ${coverFile} does not exist under content/`)
    }
    if (!author || !cover) continue

    const located = { file: file.relative, bodyLineOffset: file.bodyLineOffset }
    const tree = parseMarkdown(file.parsed.content)
    const inBody = productReferences(tree)
    // Featured products first, then cards, then links: the order "Shop this post" lists them in.
    const references = [
      ...products.map((handle) => ({ handle, where: `${file.relative} (frontmatter products)` })),
      ...inBody.filter((ref) => ref.kind === "card").map((ref) => ({ handle: ref.handle, where: where(located, ref.line) })),
      ...inBody.filter((ref) => ref.kind === "link").map((ref) => ({ handle: ref.handle, where: where(located, ref.line) })),
    ]
    problems.push(
      ...editorialProblems(
        { file: file.relative, where: (line) => where(located, line), frontmatter: { health: frontmatter.health, reviewed, products }, tree, references: inBody },
        authors
      )
    )
    const reviewer = reviewed && authors.get(reviewed.by)
    posts.push({
      ...frontmatter,
      ...located,
      path: resolve(file.path),
      author,
      reviewed: reviewed && reviewer ? { ...reviewed, by: reviewer } : undefined,
      cover,
      featuredProducts: products,
      productHandles: [...new Set(references.map((ref) => ref.handle))],
      productReferences: references,
      body: file.parsed.content,
      tree,
      text: plainText(tree),
    })
  }
  posts.sort((a, b) => b.published.getTime() - a.published.getTime() || a.slug.localeCompare(b.slug))
  return { posts, authors: [...authors.values()], problems }
}

/** The whole journal; throws a ContentError listing every problem. */
export async function loadJournal(dir = contentDir()): Promise<Journal> {
  const { problems, ...journal } = await readJournal(dir)
  if (problems.length) throw new ContentError(problems)
  return journal
}
