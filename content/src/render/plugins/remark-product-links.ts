/**
 * Links to `/products/<handle>` (product-references.ts says which URLs those are). A
 * top-level paragraph that is nothing but one is an embed and becomes a product card, like
 * ::product; a link in prose stays a link, marked with its handle so the page can point it at
 * the reader's region, or unlink it once the product is gone.
 */
import type { Root } from "mdast"
import type { Plugin } from "unified"
import { visit } from "unist-util-visit"
import { productEmbedHandle, productHandleOf } from "../../product-references.js"

export const remarkProductLinks: Plugin<[], Root> = () => (tree: Root) => {
  visit(tree, "paragraph", (node, _index, parent) => {
    const handle = parent?.type === "root" ? productEmbedHandle(node) : undefined
    if (!handle) return
    node.data = { hName: "product-card", hProperties: { handle }, hChildren: [] }
    node.children = []
  })
  visit(tree, "link", (node) => {
    const handle = productHandleOf(node.url)
    if (handle) node.data = { ...node.data, hProperties: { ...node.data?.hProperties, dataProductLink: handle } }
  })
}
