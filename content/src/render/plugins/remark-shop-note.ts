/**
 * `:::shop` … `:::` (a remark-directive container) is where a post points to the shop: it becomes a
 * `<shop-note>` element that opens with the label "From the Stillpoint shop", which rendering turns
 * into a shop-note segment (an aside on the page). The label is added here, never written by hand,
 * so every such block says whose it is; health.ts checks that health posts link products only there.
 */
import type { Paragraph, Root } from "mdast"
import type { Plugin } from "unified"
import { visit } from "unist-util-visit"
import type { VFile } from "vfile"
import { SHOP_NOTE_DIRECTIVE, SHOP_NOTE_LABEL } from "../../health.js"

const label = (): Paragraph => ({ type: "paragraph", children: [{ type: "strong", children: [{ type: "text", value: SHOP_NOTE_LABEL }] }] })

export const remarkShopNote: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  visit(tree, "containerDirective", (node, _index, parent) => {
    if (node.name !== SHOP_NOTE_DIRECTIVE) return
    if (parent?.type !== "root") {
      // Only top-level blocks become segments; one inside a list or quote would lose its aside.
      file.message("`:::shop` must stand at the top level of the post, not inside a list or quote", node)
    }
    node.children.unshift(label())
    node.data = { hName: "shop-note", hProperties: {} }
  })
}
