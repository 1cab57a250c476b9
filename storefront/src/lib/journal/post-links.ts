/** A post's links as one reader sees them: in their region, and never to a product that is gone. */
import type { Root } from "hast"
import { visit } from "unist-util-visit"
import type { RegionKey } from "../medusa/types"
import { withJournalPost } from "./from-post"

/**
 * Points internal links at the reader's region (no redirect hop) and turns a link to a product that is
 * not on sale any more (`onSale` lacks its handle) into its plain text, as that product's card says
 * "no longer available": a reader never follows a post to a 404. A product link names the post
 * (`post`, its slug: from-post.ts), so what the reader adds on that page is attributed to it.
 * Returns a copy.
 */
export function livePostLinks(tree: Root, region: RegionKey, onSale: ReadonlySet<string>, post?: string): Root {
  const copy = structuredClone(tree)
  visit(copy, "element", (node, index, parent) => {
    if (node.tagName !== "a") return
    const product = node.properties.dataProductLink
    if (typeof product === "string" && !onSale.has(product) && parent && index !== undefined) {
      parent.children.splice(index, 1, ...node.children)
      return index
    }
    const href = node.properties.href
    if (typeof href === "string" && href.startsWith("/") && !href.startsWith(`/${region}/`)) {
      node.properties.href = `/${region}${href}`
    }
    if (typeof product === "string" && typeof node.properties.href === "string") node.properties.href = withJournalPost(node.properties.href, post)
  })
  return copy
}
