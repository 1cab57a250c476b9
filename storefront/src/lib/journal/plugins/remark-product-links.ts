/**
 * Collects every link to `/products/<handle>` (the "Shop this post" list and the
 * post<->product link graph are built from these) and marks it so the page can point
 * it at the visitor's region. Runs after remark-product-directive, adding to its cards.
 */
import type { Root } from "mdast"
import type { Plugin } from "unified"
import { visit } from "unist-util-visit"
import type { VFile } from "vfile"

export type ProductLinkRef = { handle: string; line?: number }

const PRODUCT_PATH = /^\/products\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/

export function productHandleOf(url: string): string | undefined {
  return PRODUCT_PATH.exec(url)?.[1]
}

export const remarkProductLinks: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  // A paragraph that is nothing but a product link is an embed: it becomes a product card,
  // like ::product. Links inside prose stay links (and appear under "Shop this post").
  const cards = file.data.productCards ?? []
  visit(tree, "paragraph", (node, _index, parent) => {
    const content = node.children.filter((child) => !(child.type === "text" && !child.value.trim()))
    const link = content.length === 1 && content[0].type === "link" ? content[0] : undefined
    const handle = link && productHandleOf(link.url)
    if (!handle || parent?.type !== "root") return
    cards.push({ handle, line: node.position?.start.line })
    node.data = { hName: "product-card", hProperties: { handle }, hChildren: [] }
    node.children = []
  })
  file.data.productCards = cards

  const links: ProductLinkRef[] = []
  visit(tree, "link", (node) => {
    const handle = productHandleOf(node.url)
    if (!handle) return
    links.push({ handle, line: node.position?.start.line })
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, dataProductLink: handle } }
  })
  file.data.productLinks = links
}
