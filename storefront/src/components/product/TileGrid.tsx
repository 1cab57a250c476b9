import { PostCard } from "@/components/journal/PostCard"
import type { PostSummary } from "@/lib/journal/summaries"
import type { ProductCard, RegionKey } from "@/lib/medusa/types"
import { ProductTile } from "./ProductTile"
import { TileList, type RenderedTile } from "./TileList"

/** What a listing shows: products, with journal posts woven in between. */
export type Tile = { kind: "product"; product: ProductCard } | { kind: "post"; post: PostSummary }

/** Server-side: each tile as its element; the first two pictures (a phone's first row, the largest paint) come first. */
export function renderTiles(tiles: Tile[], region: RegionKey): RenderedTile[] {
  return tiles.map((tile, index) =>
    tile.kind === "product"
      ? { key: tile.product.id, isPost: false, node: <ProductTile product={tile.product} region={region} priority={index < 2} /> }
      : { key: `post-${tile.post.slug}`, isPost: true, node: <PostCard post={tile.post} region={region} headingLevel={3} /> }
  )
}

export function TileGrid({ tiles, region, label }: { tiles: Tile[]; region: RegionKey; label: string }) {
  return <TileList tiles={renderTiles(tiles, region)} label={label} />
}
