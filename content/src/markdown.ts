/**
 * The one Markdown parser: CommonMark with GitHub's extensions (tables, footnotes, task
 * lists) and directives (`::product{handle="…"}`), to an mdast syntax tree. Search text,
 * product references and the rendered page all start from this tree.
 */
import type { Nodes, Root } from "mdast"
import { toString as mdastToString } from "mdast-util-to-string"
import remarkDirective from "remark-directive"
import remarkGfm from "remark-gfm"
import remarkParse from "remark-parse"
import { unified } from "unified"
import { SKIP, visit } from "unist-util-visit"
import { productEmbedHandle } from "./product-references.js"

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective)

export function parseMarkdown(markdown: string): Root {
  const tree = parser.parse(markdown)
  restoreTextDirectives(tree, markdown)
  return tree
}

/**
 * remark-directive also reads prose like "note:this" as a text directive. Posts use no text
 * directives, so each is put back as the text it was written as.
 */
function restoreTextDirectives(tree: Root, markdown: string) {
  visit(tree, "textDirective", (node, index, parent) => {
    if (!parent || index === undefined) return
    const written = node.position ? markdown.slice(node.position.start.offset, node.position.end.offset) : `:${node.name}`
    parent.children.splice(index, 1, { type: "text", value: written })
  })
}

/**
 * The words a reader sees, one line per block: headings, paragraphs, table cells and code.
 * Not raw HTML, image files, footnote definitions, directives or product embeds (a card shows
 * the product, not the link's text).
 */
export function plainText(tree: Root): string {
  const blocks: string[] = []
  visit(tree, (node, _index, parent) => {
    if (node.type === "footnoteDefinition" || node.type === "leafDirective" || node.type === "html") return SKIP
    if (node.type === "paragraph" && parent?.type === "root" && productEmbedHandle(node)) return SKIP
    if (node.type === "code") blocks.push(node.value)
    if (node.type === "paragraph" || node.type === "heading" || node.type === "tableCell") {
      blocks.push(inlineText(node))
      return SKIP
    }
  })
  return blocks
    .map((block) => block.trim())
    .filter(Boolean)
    .join("\n")
}

/** A block's words; a hard line break separates the words either side of it. */
function inlineText(node: Nodes): string {
  if (node.type === "break") return "\n"
  if ("children" in node) return node.children.map(inlineText).join("")
  return mdastToString(node, { includeImageAlt: false, includeHtml: false })
}
