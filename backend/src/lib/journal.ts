/**
 * The journal as the backend sees it: content/posts/*.md read with gray-matter and
 * reduced to what search needs. The storefront has its own loader (with rendering
 * deps the backend must not pull in); both agree on what is visible: not a draft, and
 * published today or earlier.
 */
import matter from "gray-matter"
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join, resolve } from "node:path"

export type JournalPost = {
  slug: string
  title: string
  description: string
  body: string
  tags: string[]
  author: string
  author_name: string
  published_at: Date
  updated_at: Date | null
  cover: string | null
  product_handles: string[]
  draft: boolean
}

/** content/ at the repository root, wherever the backend runs from (sources or .medusa/server). */
export function contentDir(): string {
  if (process.env.CONTENT_DIR) return resolve(process.env.CONTENT_DIR)
  let dir = process.cwd()
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, "content", "posts"))) return join(dir, "content")
    dir = resolve(dir, "..")
  }
  throw new Error(`Could not find the journal's content/posts folder above ${process.cwd()}; set CONTENT_DIR.`)
}

const asDate = (value: unknown): Date | null => {
  if (value === undefined || value === null || value === "") return null
  const date = value instanceof Date ? value : new Date(String(value))
  return Number.isNaN(date.getTime()) ? null : date
}

const asList = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : typeof value === "string" && value ? value.split(",").map((s) => s.trim()) : []

/** Product handles a post points at: `products:` frontmatter, `/products/<handle>` links and `::product{handle="…"}`. */
export function referencedProductHandles(frontmatter: string[], markdown: string): string[] {
  const handles = new Set(frontmatter)
  for (const match of markdown.matchAll(/\]\(\s*(?:https?:\/\/[^)\s]*?)?\/(?:[a-z]{2}\/)?products\/([a-z0-9-]+)[^)]*\)/gi)) handles.add(match[1])
  for (const match of markdown.matchAll(/::product\{[^}]*handle\s*=\s*["']([^"']+)["'][^}]*\}/g)) handles.add(match[1])
  return [...handles]
}

/** Markdown to the plain text a reader sees: no syntax, no directives, no URLs. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/^:{2,}[a-z-]+(\[[^\]]*\])?(\{[^}]*\})?\s*$/gim, " ") // leaf/container directives
    .replace(/:[a-z-]+\[([^\]]*)\]\{[^}]*\}/gi, "$1") // text directives
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, " ")
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, "")
    .replace(/[*_`~]+/g, "")
    .replace(/^\s*\|?(\s*:?-{3,}:?\s*\|)+\s*$/gm, " ")
    .replace(/\|/g, " ")
    .replace(/[ \t]+/g, " ")
    .replace(/\s*\n\s*/g, "\n")
    .trim()
}

function loadAuthors(dir: string): Map<string, string> {
  const authors = new Map<string, string>()
  const folder = join(dir, "authors")
  if (!existsSync(folder)) return authors
  for (const file of readdirSync(folder).filter((name) => name.endsWith(".md"))) {
    const { data } = matter(readFileSync(join(folder, file), "utf8"))
    authors.set(file.replace(/\.md$/, ""), String(data.name ?? file.replace(/\.md$/, "")))
  }
  return authors
}

export function parsePost(source: string, fileName: string, authors: Map<string, string> = new Map()): JournalPost {
  const { data, content } = matter(source)
  const slug = String(data.slug ?? fileName.replace(/\.md$/, ""))
  const published = asDate(data.published)
  if (!data.title || !published) throw new Error(`${fileName}: a post needs a title and a valid published date`)
  const author = String(data.author ?? "")
  return {
    slug,
    title: String(data.title),
    description: String(data.description ?? ""),
    body: markdownToText(content),
    tags: asList(data.tags),
    author,
    author_name: authors.get(author) ?? author,
    published_at: published,
    updated_at: asDate(data.updated),
    cover: data.cover ? String(data.cover) : null,
    product_handles: referencedProductHandles(asList(data.products), content),
    draft: data.draft === true || data.draft === "true",
  }
}

/** Not a draft, and published at or before `now`. */
export const isPublic = (post: Pick<JournalPost, "draft" | "published_at">, now = new Date()) =>
  !post.draft && post.published_at.getTime() <= now.getTime()

/** Every post in content/posts, drafts and future-dated ones included, oldest slug first. */
export function loadJournal(dir = contentDir()): JournalPost[] {
  const authors = loadAuthors(dir)
  const folder = join(dir, "posts")
  return readdirSync(folder)
    .filter((name) => name.endsWith(".md"))
    .map((name) => parsePost(readFileSync(join(folder, name), "utf8"), name, authors))
    .sort((a, b) => a.slug.localeCompare(b.slug))
}
