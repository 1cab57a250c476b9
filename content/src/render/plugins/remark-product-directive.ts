/**
 * `::product{handle="crescent-zafu"}` (a remark-directive leaf directive) becomes a
 * `<product-card handle="crescent-zafu">` element, which rendering turns into a product
 * segment (a live card on the page). A directive without a handle is dropped, with a warning.
 */
import type { Root } from "mdast"
import type { Plugin } from "unified"
import { visit } from "unist-util-visit"
import type { VFile } from "vfile"
import { SHOP_NOTE_DIRECTIVE } from "../../health.js"

export const remarkProductDirective: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  visit(tree, "leafDirective", (node, index, parent) => {
    if (node.name !== "product") return
    const handle = node.attributes?.handle ?? ""
    if (!handle) {
      file.message("`::product` needs a handle, like ::product{handle=\"classic-round-zafu\"}", node)
      if (parent && index !== undefined) parent.children.splice(index, 1)
      return index
    }
    const inShopNote = parent?.type === "containerDirective" && parent.name === SHOP_NOTE_DIRECTIVE
    if (parent?.type !== "root" && !inShopNote) {
      // Only top-level cards (and those directly in a top-level `:::shop` block) become product
      // segments; one inside a list or quote would be lost.
      file.message("`::product` must stand on its own line, not inside a list, quote or table", node)
    }
    node.data = { hName: "product-card", hProperties: { handle }, hChildren: [] }
  })
}
