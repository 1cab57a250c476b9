/**
 * Collects every link to `/products/<handle>` (the "Shop this post" list and the
 * post<->product link graph are built from these) and marks it so the page can point
 * it at the visitor's region.
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
  const links: ProductLinkRef[] = []
  visit(tree, "link", (node) => {
    const handle = productHandleOf(node.url)
    if (!handle) return
    links.push({ handle, line: node.position?.start.line })
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, dataProductLink: handle } }
  })
  file.data.productLinks = links
}
