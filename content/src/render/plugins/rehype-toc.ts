/** Records the post's h2/h3 headings (with the ids rehype-slug gave them) as a table of contents. */
import type { Root } from "hast"
import { toString as hastToString } from "hast-util-to-string"
import type { Plugin } from "unified"
import { visit } from "unist-util-visit"
import type { VFile } from "vfile"

export type TocEntry = { id: string; text: string; depth: 2 | 3 }

export const rehypeToc: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  const toc: TocEntry[] = []
  visit(tree, "element", (node) => {
    if ((node.tagName === "h2" || node.tagName === "h3") && typeof node.properties.id === "string") {
      // Footnotes' own heading is not part of the article's outline.
      if (node.properties.id.endsWith("footnote-label")) return
      toc.push({ id: node.properties.id, text: hastToString(node), depth: node.tagName === "h2" ? 2 : 3 })
    }
  })
  file.data.toc = toc
}
