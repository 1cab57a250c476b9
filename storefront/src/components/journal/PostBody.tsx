import type { Segment } from "@stillpoint/content/render"
import { toHtml } from "hast-util-to-html"
import { livePostLinks } from "@/lib/journal/post-links"
import type { Product, RegionKey } from "@/lib/medusa/types"
import { PostProductCard } from "./PostProductCard"
import styles from "./journal.module.css"

/**
 * A post's rendered segments: its product cards as live components, the HTML between them
 * inserted as is (the journal pipeline sanitised it) once its links are made live for the
 * reader (livePostLinks: their region, and only products on sale, the keys of `products`).
 */
export function PostBody({ segments, region, products, post }: { segments: Segment[]; region: RegionKey; products: ReadonlyMap<string, Product>; post: string }) {
  const onSale = new Set(products.keys())
  return (
    <div className={styles.body}>
      {segments.map((segment, index) =>
        segment.kind === "product" ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: a post's segments are fixed once rendered, never reordered or filtered; a product may appear twice, so its handle is no key
          <PostProductCard key={index} handle={segment.handle} product={products.get(segment.handle)} region={region} post={post} />
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: a post's segments are fixed once rendered, never reordered or filtered
          // biome-ignore lint/security/noDangerouslySetInnerHtml: the journal pipeline sanitised this HTML (rehype-sanitize, see content/src/render); only its links are rewritten here
          <div key={index} dangerouslySetInnerHTML={{ __html: toHtml(livePostLinks(segment.tree, region, onSale, post)) }} />
        )
      )}
    </div>
  )
}
