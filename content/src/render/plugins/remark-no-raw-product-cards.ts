/**
 * Product cards come only from `::product{handle="…"}`, and shop notes only from `:::shop`,
 * which the content checks see. Raw `<product-card>` or `<shop-note>` HTML in a post would render
 * a live card (or a block labelled as the shop's) those checks never read, so HTML holding one is
 * removed, with a warning.
 */
import { fromHtml } from "hast-util-from-html"
import type { Root } from "mdast"
import type { Plugin } from "unified"
import { EXIT, visit } from "unist-util-visit"
import type { VFile } from "vfile"

const PIPELINE_ONLY = ["product-card", "shop-note"]

/** The first element only the pipeline may make (`product-card`, `shop-note`) in a run of HTML. */
const pipelineElementIn = (html: string) => {
  let found: string | undefined
  visit(fromHtml(html, { fragment: true }), "element", (element) => {
    if (!PIPELINE_ONLY.includes(element.tagName)) return
    found = element.tagName
    return EXIT
  })
  return found
}

export const remarkNoRawProductCards: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  visit(tree, "html", (node, index, parent) => {
    const tag = pipelineElementIn(node.value)
    if (!tag || !parent || index === undefined) return
    file.message(`Write product cards as ::product{handle="…"} and shop notes as :::shop: raw <${tag}> HTML is removed`, node)
    parent.children.splice(index, 1)
    return index
  })
}
