import { SHOP_NOTE_LABEL } from "@stillpoint/content"
import type { Segment } from "@stillpoint/content/render"
import { toHtml } from "hast-util-to-html"
import { livePostLinks } from "@/lib/journal/post-links"
import type { Product, RegionKey } from "@/lib/medusa/types"
import { PostProductCard } from "./PostProductCard"
import styles from "./journal.module.css"

/** `post`: the post's slug, credited with what is added to the cart from it (journal-attribution). */
type Props = { segments: Segment[]; region: RegionKey; products: ReadonlyMap<string, Product>; post: string }

/**
 * A post's rendered segments: its product cards as live components, the HTML between them
 * inserted as is (the journal pipeline sanitised it) once its links are made live for the
 * reader (livePostLinks: their region, and only products on sale, the keys of `products`).
 */
export function PostBody(props: Props) {
  return (
    <div className={styles.body}>
      <Segments {...props} />
    </div>
  )
}

/** The segments in order; the shop's own block (`:::shop`) as a labelled aside set apart from the article. */
function Segments({ segments, region, products, post }: Props) {
  const onSale = new Set(products.keys())
  return (
    <>
      {segments.map((segment, index) =>
        segment.kind === "shop-note" ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: a post's segments are fixed once rendered, never reordered or filtered
          <aside key={index} className={styles.shopNote} aria-label={SHOP_NOTE_LABEL} data-testid="shop-note">
            <Segments segments={segment.segments} region={region} products={products} post={post} />
          </aside>
        ) : segment.kind === "product" ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: a post's segments are fixed once rendered, never reordered or filtered; a product may appear twice, so its handle is no key
          <PostProductCard key={index} handle={segment.handle} product={products.get(segment.handle)} region={region} post={post} />
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: a post's segments are fixed once rendered, never reordered or filtered
          // biome-ignore lint/security/noDangerouslySetInnerHtml: the journal pipeline sanitised this HTML (rehype-sanitize, see content/src/render); only its links are rewritten here
          <div key={index} dangerouslySetInnerHTML={{ __html: toHtml(livePostLinks(segment.tree, region, onSale, post)) }} />
        )
      )}
    </>
  )
}
