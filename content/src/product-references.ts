/**
 * Which products a post points at, read from its syntax tree. There are two kinds:
 *   card  `::product{handle="…"}`, or a top-level paragraph that is nothing but a product link
 *         (an embed); the page shows a live product card there
 *   link  a link in prose to `/products/<handle>`
 * Only site-relative `/products/<handle>` URLs name a product: an absolute URL is another
 * site's page (or a pinned copy of ours) and stays a plain link.
 */
import type { Paragraph, Root } from "mdast"
import { SKIP, visit } from "unist-util-visit"

export type ProductReference = { handle: string; kind: "card" | "link"; line?: number }

const PRODUCT_PATH = /^\/products\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/

/** The handle in a `/products/<handle>` URL (a trailing slash allowed), else undefined. */
export function productHandleOf(url: string): string | undefined {
  return PRODUCT_PATH.exec(url)?.[1]
}

/** The product a paragraph embeds when it holds only a link to one (whitespace aside). */
export function productEmbedHandle(paragraph: Paragraph): string | undefined {
  const content = paragraph.children.filter((child) => !(child.type === "text" && !child.value.trim()))
  return content.length === 1 && content[0].type === "link" ? productHandleOf(content[0].url) : undefined
}

/** Every product reference in document order, with its line in the Markdown it was parsed from. */
export function productReferences(tree: Root): ProductReference[] {
  const references: ProductReference[] = []
  visit(tree, (node, _index, parent) => {
    const line = node.position?.start.line
    if (node.type === "leafDirective" && node.name === "product" && node.attributes?.handle) {
      references.push({ handle: node.attributes.handle, kind: "card", line })
    } else if (node.type === "paragraph" && parent?.type === "root") {
      const handle = productEmbedHandle(node)
      if (handle) {
        references.push({ handle, kind: "card", line })
        return SKIP
      }
    } else if (node.type === "link") {
      const handle = productHandleOf(node.url)
      if (handle) references.push({ handle, kind: "link", line })
    }
  })
  return references
}
