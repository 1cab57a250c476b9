/**
 * @stillpoint/content/render: a post's syntax tree to sanitised HTML, cut into typed segments
 * (HTML, or a product card with its handle) so a page renders cards as components without
 * reading them back out of the HTML. Runs on the tree markdown.ts parsed, never re-parsing.
 */
import type { Element, ElementContent, Root as HastRoot, RootContent } from "hast"
import { toHtml } from "hast-util-to-html"
import type { Root as MdastRoot } from "mdast"
import rehypeExternalLinks from "rehype-external-links"
import rehypeRaw from "rehype-raw"
import rehypeSanitize from "rehype-sanitize"
import rehypeSlug from "rehype-slug"
import remarkRehype from "remark-rehype"
import remarkSmartypants from "remark-smartypants"
import { unified } from "unified"
import { VFile } from "vfile"
import { SHOP_NOTE_LABEL } from "../health.js"
import { where, type Post } from "../journal.js"
import { parseMarkdown } from "../markdown.js"
import { rehypeLocalImages } from "./plugins/rehype-local-images.js"
import { rehypeToc, type TocEntry } from "./plugins/rehype-toc.js"
import { remarkNoRawProductCards } from "./plugins/remark-no-raw-product-cards.js"
import { remarkProductDirective } from "./plugins/remark-product-directive.js"
import { remarkProductLinks } from "./plugins/remark-product-links.js"
import { remarkReadingTime } from "./plugins/remark-reading-time.js"
import { remarkShopNote } from "./plugins/remark-shop-note.js"
import { postSanitizeSchema } from "./sanitize-schema.js"

export type { TocEntry } from "./plugins/rehype-toc.js"

declare module "vfile" {
  interface DataMap {
    toc: TocEntry[]
    wordCount: number
    readingMinutes: number
  }
}

/** `contentDir` is where images may come from; `imagePrefix` the public URL they are served at. */
export type RenderOptions = { contentDir: string; imagePrefix: string }

/**
 * A run of sanitised HTML (links marked `data-product-link` with their product), a product card,
 * or the shop's own block (`:::shop`), whose segments start with its label.
 */
export type Segment = { kind: "html"; tree: HastRoot } | { kind: "product"; handle: string } | { kind: "shop-note"; segments: Segment[] }

export type RenderedMarkdown = {
  segments: Segment[]
  toc: TocEntry[]
  wordCount: number
  readingMinutes: number
  /** Problems found while rendering (a missing image, a directive without a handle). */
  warnings: { message: string; line?: number }[]
}

export type RenderedPost = Omit<RenderedMarkdown, "warnings"> & {
  /** "content/posts/x.md:18: image … does not exist": one line per problem. */
  warnings: string[]
}

export const HEADING_ID_PREFIX = "section-"

const pipeline = (options: RenderOptions) =>
  unified()
    .use(remarkNoRawProductCards)
    .use(remarkShopNote)
    .use(remarkProductDirective)
    .use(remarkProductLinks)
    .use(remarkSmartypants)
    .use(remarkReadingTime)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    // Footnote ids already carry remark-rehype's "user-content-" prefix; adding it again
    // would break their back-links.
    .use(rehypeSanitize, { ...postSanitizeSchema, clobberPrefix: "" })
    // Prefixed, so no heading ("## __next_f") can name a global the page's scripts read.
    .use(rehypeSlug, { prefix: HEADING_ID_PREFIX })
    .use(rehypeExternalLinks, {
      target: "_blank",
      rel: ["noopener", "noreferrer"],
      properties: { className: ["external-link"] },
      content: { type: "element", tagName: "span", properties: { className: ["visually-hidden"] }, children: [{ type: "text", value: " (opens in a new tab)" }] },
    })
    .use(rehypeLocalImages, { contentDir: options.contentDir, publicPrefix: options.imagePrefix })
    .use(rehypeToc)

/** Renders a parsed tree (left unchanged); `markdown` and `path` are the source it came from. */
async function renderTree(tree: MdastRoot, markdown: string, path: string | undefined, options: RenderOptions): Promise<RenderedMarkdown> {
  const file = new VFile({ value: markdown, path })
  const html = await pipeline(options).run(structuredClone(tree), file)
  return {
    segments: segmentsOf(html),
    toc: file.data.toc ?? [],
    wordCount: file.data.wordCount ?? 0,
    readingMinutes: file.data.readingMinutes ?? 1,
    warnings: file.messages.map((message) => ({ message: message.reason, line: message.line ?? undefined })),
  }
}

export function renderMarkdown(markdown: string, path: string | undefined, options: RenderOptions) {
  return renderTree(parseMarkdown(markdown), markdown, path, options)
}

export async function renderPost(post: Post, options: RenderOptions): Promise<RenderedPost> {
  const rendered = await renderTree(post.tree, post.body, post.path, options)
  return { ...rendered, warnings: rendered.warnings.map((warning) => `${where(post, warning.line)}: ${warning.message}`) }
}

const isProductCard = (node: RootContent): node is Element => node.type === "element" && node.tagName === "product-card"
const isShopNote = (node: RootContent): node is Element => node.type === "element" && node.tagName === "shop-note"

/**
 * Cuts the top level at each product card and shop note (cut again inside); cards deeper down stay
 * inert HTML (the directive plugin warns about them).
 */
function segmentsOf(tree: HastRoot | Element, nested = false): Segment[] {
  const segments: Segment[] = []
  let run: RootContent[] = []
  const endRun = () => {
    if (run.length) segments.push({ kind: "html", tree: { type: "root", children: run } })
    run = []
  }
  for (const node of tree.children) {
    if (isProductCard(node) && typeof node.properties.handle === "string") {
      endRun()
      segments.push({ kind: "product", handle: node.properties.handle })
    } else if (isShopNote(node) && !nested) {
      endRun()
      segments.push({ kind: "shop-note", segments: segmentsOf(node, true) })
    } else {
      run.push(node)
    }
  }
  endRun()
  return segments
}

/**
 * The segments as one HTML string, each card written by `productCard` (a feed has no
 * components): for the feed, and for the fixture tests with the card element as it was.
 */
export function segmentsToHtml(segments: Segment[], productCard: (handle: string) => Element): string {
  return toHtml({ type: "root", children: segmentsToHast(segments, productCard) })
}

function segmentsToHast(segments: Segment[], productCard: (handle: string) => Element): ElementContent[] {
  return segments.flatMap((segment): ElementContent[] => {
    // A post's HTML never holds a doctype; the filter only tells the types so.
    if (segment.kind === "html") return segment.tree.children.filter((node): node is ElementContent => node.type !== "doctype")
    if (segment.kind === "product") return [productCard(segment.handle)]
    return [{ type: "element", tagName: "aside", properties: { ariaLabel: SHOP_NOTE_LABEL }, children: segmentsToHast(segment.segments, productCard) }]
  })
}

/** Every product card's handle, those in shop notes included, in order. */
export function productCardHandles(segments: Segment[]): string[] {
  return segments.flatMap((segment) => {
    if (segment.kind === "product") return [segment.handle]
    return segment.kind === "shop-note" ? productCardHandles(segment.segments) : []
  })
}
