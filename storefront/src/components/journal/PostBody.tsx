import type { Element, Root, RootContent } from "hast"
import { toHtml } from "hast-util-to-html"
import { livePostLinks } from "@/lib/journal/post-links"
import type { RegionKey } from "@/lib/medusa/types"
import { PostProductCard } from "./PostProductCard"
import styles from "./journal.module.css"

type Segment = { kind: "html"; html: string } | { kind: "card"; handle: string }

/**
 * A post's sanitised HTML tree, with its product cards made live. The HTML between cards
 * is already sanitised by the journal pipeline, so it is inserted as is, once its links are
 * made live for the reader (livePostLinks: their region, and only products `onSale`).
 */
export function PostBody({ tree, region, onSale }: { tree: Root; region: RegionKey; onSale: ReadonlySet<string> }) {
  return (
    <div className={styles.body}>
      {segments(tree, region, onSale).map((segment, index) =>
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

export function segments(tree: Root, region: RegionKey, onSale: ReadonlySet<string>): Segment[] {
  const result: Segment[] = []
  let run: RootContent[] = []
  const flush = () => {
    if (run.length) result.push({ kind: "html", html: toHtml(livePostLinks({ type: "root", children: run }, region, onSale)) })
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
