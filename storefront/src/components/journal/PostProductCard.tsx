import Link from "next/link"
import { ProductPurchase } from "@/components/product/ProductPurchase"
import { ServerImage } from "@/components/ui/ServerImage"
import { withJournalPost } from "@/lib/journal/from-post"
import type { Product, RegionKey } from "@/lib/medusa/types"
import styles from "./journal.module.css"

/**
 * A product named in a post, with its live price and stock in the reader's region and an
 * add-to-cart that works in place. A product that was unpublished or sold out still renders,
 * saying so and offering its category instead. `product` is as the post page fetched it for
 * the reader's region, undefined when it is not on sale. What is added here, or on the product
 * page its links open, is attributed to the post (`post`, its slug).
 */
export function PostProductCard({ handle, product, region, post }: { handle: string; product: Product | undefined; region: RegionKey; post: string }) {
  if (!product) {
    return (
      <aside className={`${styles.productCard} ${styles.unavailable}`} data-testid="post-product-card" data-handle={handle}>
        <p>This product is no longer available.</p>
        <Link href={`/${region}/shop`}>Browse the shop for something similar</Link>
      </aside>
    )
  }
  const category = product.categoryHandles[0]
  return (
    <aside className={styles.productCard} data-testid="post-product-card" data-handle={handle} aria-label={product.title}>
      <Link href={withJournalPost(`/${region}/products/${product.handle}`, post)} className={styles.productImage} tabIndex={-1} aria-hidden="true">
        {product.thumbnail && <ServerImage src={product.thumbnail} alt="" width={160} height={160} />}
      </Link>
      <div className={styles.productText}>
        <h3 className={styles.productTitle}>
          <Link href={withJournalPost(`/${region}/products/${product.handle}`, post)}>{product.title}</Link>
        </h3>
        <p className={styles.productSubtitle}>{product.subtitle}</p>
        {product.soldOut ? (
          <p className={styles.soldOut}>
            Sold out for now.{" "}
            {category ? <Link href={`/${region}/shop/${category}`}>See others like it</Link> : <Link href={`/${region}/shop`}>See the shop</Link>}
          </p>
        ) : (
          <ProductPurchase
            product={{ options: product.options, variants: product.variants, fromPrice: product.fromPrice }}
            region={region}
            from={{ post, placement: "card" }}
          />
        )}
      </div>
    </aside>
  )
}
