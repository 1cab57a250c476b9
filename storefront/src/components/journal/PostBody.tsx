import type { Element, Root, RootContent } from "hast"
import { toHtml } from "hast-util-to-html"
import { visit } from "unist-util-visit"
import type { RegionKey } from "@/lib/medusa/types"
import { PostProductCard } from "./PostProductCard"
import styles from "./journal.module.css"

type Segment = { kind: "html"; html: string } | { kind: "card"; handle: string }

/**
 * A post's sanitised HTML tree, with its product cards made live. The HTML between cards
 * is already sanitised by the journal pipeline, so it is inserted as is; internal links
 * are pointed at the reader's region first (no redirect hop).
 */
export function PostBody({ tree, region }: { tree: Root; region: RegionKey }) {
  return (
    <div className={styles.body}>
      {segments(tree, region).map((segment, index) =>
        segment.kind === "card" ? (
          <PostProductCard key={index} handle={segment.handle} region={region} />
        ) : (
          <div key={index} dangerouslySetInnerHTML={{ __html: segment.html }} />
        )
      )}
    </div>
  )
}

const isCard = (node: RootContent): node is Element => node.type === "element" && node.tagName === "product-card"

export function segments(tree: Root, region: RegionKey): Segment[] {
  const result: Segment[] = []
  let run: RootContent[] = []
  const flush = () => {
    if (run.length) result.push({ kind: "html", html: toHtml(regionalise({ type: "root", children: run }, region)) })
    run = []
  }
  for (const node of tree.children) {
    if (isCard(node)) {
      flush()
      result.push({ kind: "card", handle: String(node.properties.handle ?? "") })
    } else {
      run.push(node)
    }
  }
  flush()
  return result
}

function regionalise(tree: Root, region: RegionKey): Root {
  const copy = structuredClone(tree)
  visit(copy, "element", (node) => {
    const href = node.properties.href
    if (node.tagName === "a" && typeof href === "string" && href.startsWith("/") && !href.startsWith(`/${region}/`)) {
      node.properties.href = `/${region}${href}`
    }
  })
  return copy
}
