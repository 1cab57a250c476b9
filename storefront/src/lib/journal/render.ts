/** Where posts are turned into HTML: the unified pipeline, Markdown in, a sanitised HTML tree out. */
import type { Root as HastRoot } from "hast"
import rehypeExternalLinks from "rehype-external-links"
import rehypeRaw from "rehype-raw"
import rehypeSanitize from "rehype-sanitize"
import rehypeSlug from "rehype-slug"
import rehypeStringify from "rehype-stringify"
import remarkDirective from "remark-directive"
import remarkGfm from "remark-gfm"
import remarkParse from "remark-parse"
import remarkRehype from "remark-rehype"
import remarkSmartypants from "remark-smartypants"
import { unified } from "unified"
import { VFile } from "vfile"
import { remarkProductDirective, type ProductCardRef } from "./plugins/remark-product-directive"
import { remarkProductLinks, type ProductLinkRef } from "./plugins/remark-product-links"
import { remarkReadingTime } from "./plugins/remark-reading-time"
import { rehypeLocalImages } from "./plugins/rehype-local-images"
import { rehypeToc, type TocEntry } from "./plugins/rehype-toc"
import { postSanitizeSchema } from "./sanitize-schema"

declare module "vfile" {
  interface DataMap {
    productCards: ProductCardRef[]
    productLinks: ProductLinkRef[]
    toc: TocEntry[]
    wordCount: number
    readingMinutes: number
  }
}

export type RenderOptions = { contentDir: string; imagePrefix: string }

export type RenderedMarkdown = {
  tree: HastRoot
  toc: TocEntry[]
  wordCount: number
  readingMinutes: number
  productCards: ProductCardRef[]
  productLinks: ProductLinkRef[]
  /** Problems found while rendering (a missing image, a directive without a handle). */
  warnings: { message: string; line?: number }[]
}

export function createPostProcessor(options: RenderOptions) {
  return (
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkDirective)
      .use(remarkProductDirective)
      .use(remarkProductLinks)
      .use(remarkSmartypants)
      .use(remarkReadingTime)
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(rehypeRaw)
      // Footnote ids already carry remark-rehype's "user-content-" prefix; adding it again
      // would break their back-links.
      .use(rehypeSanitize, { ...postSanitizeSchema, clobberPrefix: "" })
      .use(rehypeSlug)
      .use(rehypeExternalLinks, {
        target: "_blank",
        rel: ["noopener", "noreferrer"],
        properties: { className: ["external-link"] },
        content: { type: "element", tagName: "span", properties: { className: ["visually-hidden"] }, children: [{ type: "text", value: " (opens in a new tab)" }] },
      })
      .use(rehypeLocalImages, { contentDir: options.contentDir, publicPrefix: options.imagePrefix })
      .use(rehypeToc)
  )
}

export async function renderMarkdown(markdown: string, path: string | undefined, options: RenderOptions): Promise<RenderedMarkdown> {
  const processor = createPostProcessor(options)
  const file = new VFile({ value: markdown, path })
  const tree = (await processor.run(processor.parse(file), file)) as HastRoot
  return {
    tree,
    toc: file.data.toc ?? [],
    wordCount: file.data.wordCount ?? 0,
    readingMinutes: file.data.readingMinutes ?? 1,
    productCards: file.data.productCards ?? [],
    productLinks: file.data.productLinks ?? [],
    warnings: file.messages.map((m) => ({ message: m.reason, line: m.line ?? undefined })),
  }
}

/** The same pipeline to an HTML string: for feeds and for the fixture tests. */
export async function renderMarkdownToHtml(markdown: string, path: string | undefined, options: RenderOptions) {
  const rendered = await renderMarkdown(markdown, path, options)
  return { ...rendered, html: unified().use(rehypeStringify).stringify(rendered.tree) }
}
