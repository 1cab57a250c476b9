import Link from "next/link"
import { ServerImage } from "@/components/ui/ServerImage"
import { formatMoney } from "@/lib/format"
import type { ProductCard, RegionKey } from "@/lib/medusa/types"
import styles from "./Tiles.module.css"

export function ProductTile({ product, region, priority }: { product: ProductCard; region: RegionKey; priority?: boolean }) {
  return (
    <article className={styles.tile}>
      <Link href={`/${region}/products/${product.handle}`} className={styles.link}>
        <div className={styles.image}>
          {product.thumbnail && (
            <ServerImage
              src={product.thumbnail}
              alt=""
              fill
              // Two or three columns on phones; at most 280 px wide beyond (the 33vw of tablets is less).
              sizes="(max-width: 600px) 50vw, 280px"
              priority={priority}
            />
          )}
        </div>
        <h3 className={styles.title}>{product.title}</h3>
      </Link>
      <p className={styles.subtitle}>{product.subtitle}</p>
      <p className={styles.price} data-testid="tile-price">
        {product.fromPrice ? `${product.priceVaries ? "From " : ""}${formatMoney(product.fromPrice)}` : "Price on request"}
        {product.soldOut && <span className={styles.soldOut}> · Sold out</span>}
      </p>
    </article>
  )
}
