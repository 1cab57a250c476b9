/**
 * `::product{handle="crescent-zafu"}` (a remark-directive leaf directive) becomes a
 * `<product-card handle="crescent-zafu">` element, which the page renders as a live card.
 * Text that merely looks like a directive ("ratio 3:1", "note:this") is put back as text.
 */
import type { Root } from "mdast"
import type { Plugin } from "unified"
import { visit } from "unist-util-visit"
import type { VFile } from "vfile"

export type ProductCardRef = { handle: string; line?: number }

export const remarkProductDirective: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  const cards: ProductCardRef[] = []
  visit(tree, "leafDirective", (node, index, parent) => {
    if (node.name !== "product") return
    const handle = node.attributes?.handle ?? ""
    if (!handle) {
      file.message("`::product` needs a handle, like ::product{handle=\"classic-round-zafu\"}", node)
      if (parent && index !== undefined) parent.children.splice(index, 1)
      return index
    }
    if (parent?.type !== "root") {
      // The page turns top-level cards into live components; one inside a list or quote would be lost.
      file.message("`::product` must stand on its own line, not inside a list, quote or table", node)
    }
    cards.push({ handle, line: node.position?.start.line })
    node.data = { hName: "product-card", hProperties: { handle }, hChildren: [] }
  })
  // remark-directive also reads "text:like" as a text directive; give prose back its colon.
  visit(tree, "textDirective", (node, index, parent) => {
    if (!parent || index === undefined) return
    const source = node.position ? String(file.value).slice(node.position.start.offset, node.position.end.offset) : `:${node.name}`
    parent.children.splice(index, 1, { type: "text", value: source })
  })
  file.data.productCards = cards
}
