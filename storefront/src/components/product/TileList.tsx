import type { ReactNode } from "react"
import styles from "./Tiles.module.css"

/** A tile already rendered on the server: a product tile or a journal post card. */
export type RenderedTile = { key: string; isPost: boolean; node: ReactNode }

/** The listing grid. Takes rendered tiles, so the shop's client-side filtering ships no tile or image code. */
export function TileList({ tiles, label }: { tiles: RenderedTile[]; label: string }) {
  return (
    <ul className={styles.grid} aria-label={label}>
      {tiles.map((tile) => (
        <li key={tile.key} className={tile.isPost ? styles.postTile : undefined}>
          {tile.node}
        </li>
      ))}
    </ul>
  )
}
