import { PostCard } from "@/components/journal/PostCard"
import type { PostSummary } from "@/lib/journal/summaries"
import type { ProductSummary, RegionKey } from "@/lib/medusa/types"
import { ProductTile } from "./ProductTile"
import styles from "./Tiles.module.css"

/** What a listing shows: products, with journal posts woven in between. */
export type Tile = { kind: "product"; product: ProductSummary } | { kind: "post"; post: PostSummary }

export function TileGrid({ tiles, region, label }: { tiles: Tile[]; region: RegionKey; label: string }) {
  return (
    <ul className={styles.grid} aria-label={label}>
      {tiles.map((tile, index) => (
        <li key={tile.kind === "product" ? tile.product.id : `post-${tile.post.slug}`} className={tile.kind === "post" ? styles.postTile : undefined}>
          {tile.kind === "product" ? (
            <ProductTile product={tile.product} region={region} priority={index < 4} />
          ) : (
            <PostCard post={tile.post} region={region} headingLevel={3} />
          )}
        </li>
      ))}
    </ul>
  )
}
