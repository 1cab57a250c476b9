/**
 * Product cards come only from `::product{handle="…"}`, which the content checks see. Raw
 * `<product-card>` HTML in a post would render a live card those checks never read (and
 * whatever attributes it carries), so HTML holding one is removed, with a warning.
 */
import { fromHtml } from "hast-util-from-html"
import type { Root } from "mdast"
import type { Plugin } from "unified"
import { EXIT, visit } from "unist-util-visit"
import type { VFile } from "vfile"

const holdsProductCard = (html: string) => {
  let found = false
  visit(fromHtml(html, { fragment: true }), "element", (element) => {
    if (element.tagName !== "product-card") return
    found = true
    return EXIT
  })
  return found
}

export const remarkNoRawProductCards: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  visit(tree, "html", (node, index, parent) => {
    if (!holdsProductCard(node.value) || !parent || index === undefined) return
    file.message('Write product cards as ::product{handle="…"}: raw <product-card> HTML is removed', node)
    parent.children.splice(index, 1)
    return index
  })
}
