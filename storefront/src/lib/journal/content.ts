/**
 * The journal as the storefront shows it: @stillpoint/content's posts and authors, each post
 * rendered once per process, with the public URLs of its images. Which posts are visible
 * (drafts, future dates) is decided on every call, so a scheduled post appears on its date
 * after revalidation.
 */
import { contentDir, ContentError, isVisible, readJournal, type Author as JournalAuthor, type CoverImage, type Post as JournalPost } from "@stillpoint/content"
import { renderPost, type RenderedPost } from "@stillpoint/content/render"
import { existsSync, readFileSync } from "node:fs"
import { resolve } from "node:path"

/** Where the storefront serves content/images from (see app/journal-images). */
export const IMAGE_PREFIX = "/journal-images"

export type Author = JournalAuthor & { avatarUrl?: string }

/** `src` is its public URL, `file` its path under content/ (share cards are drawn from it). */
export type Image = CoverImage & { src: string }

export type Post = Omit<JournalPost, "author" | "cover"> & { author: Author; cover: Image; rendered: RenderedPost }

const publicUrl = (contentPath: string) => `${IMAGE_PREFIX}/${contentPath.replace(/^images\//, "")}`

const withAvatarUrl = (author: JournalAuthor): Author => ({ ...author, avatarUrl: author.avatar ? publicUrl(author.avatar) : undefined })

/** Loads and renders every post, drafts included; throws a ContentError listing every problem, rendering's included. */
export async function loadJournal(dir = contentDir()) {
  const { posts, authors, problems } = await readJournal(dir)
  const rendered = await Promise.all(posts.map((post) => renderPost(post, { contentDir: dir, imagePrefix: IMAGE_PREFIX })))
  problems.push(...rendered.flatMap((post) => post.warnings))
  if (problems.length) throw new ContentError(problems)
  return {
    posts: posts.map((post, index): Post => ({
      ...post,
      author: withAvatarUrl(post.author),
      cover: { ...post.cover, src: publicUrl(post.cover.file) },
      rendered: rendered[index],
    })),
    authors: authors.map(withAvatarUrl),
  }
}

let journal: ReturnType<typeof loadJournal> | undefined

/** The whole journal, parsed and rendered once per process. */
export function journalContent() {
  journal ??= loadJournal()
  return journal
}

/** Published posts; outside production drafts too, to preview them. */
export async function visiblePosts(now = new Date()) {
  const previewDrafts = process.env.NODE_ENV !== "production"
  return (await journalContent()).posts.filter((post) => isVisible(post, now, { previewDrafts }))
}

/**
 * The posts that get an address at build time: published and scheduled ones (drafts too outside
 * production). Journal routes answer only for these (`dynamicParams = false`), so a made-up slug
 * is a 404 that is never rendered or cached; a scheduled post's page is built as a 404 and
 * appears on its date when the page revalidates.
 */
export async function listedPosts() {
  const previewDrafts = process.env.NODE_ENV !== "production"
  const endOfTime = new Date(8.64e15)
  return (await journalContent()).posts.filter((post) => isVisible(post, endOfTime, { previewDrafts }))
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

/** A file under content/images, or undefined for any other path. */
export function readContentFile(relativePath: string, dir = contentDir()) {
  const path = resolve(dir, relativePath)
  if (!path.startsWith(`${resolve(dir, "images")}/`)) return undefined
  return existsSync(path) ? readFileSync(path) : undefined
}
