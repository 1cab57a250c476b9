"use client"
import { useState, type ReactNode } from "react"
import type { JournalAttribution } from "@stillpoint/shop-contracts"
import { withJournalPost } from "@/lib/journal/from-post"
import type { Product, RegionKey } from "@/lib/medusa/types"
import { imagesForSelection, selectionPath, type Selection } from "@/lib/variants"
import { Gallery, type Picture } from "./Gallery"
import { ProductPurchase } from "./ProductPurchase"
import styles from "./ProductShowcase.module.css"

/**
 * Gallery and buy box side by side, sharing the chosen options: the pictures follow the colour,
 * and the address names the variant, so a link shares what was chosen.
 */
export function ProductShowcase({
  product,
  pictures,
  selected,
  path,
  region,
  children,
  note,
  from,
}: {
  /** Only what the buy box and gallery need: the page renders the rest. */
  product: Pick<Product, "title" | "options" | "variants" | "fromPrice">
  /** product.images, rendered by the page. */
  pictures: Picture[]
  /** The selection the page was rendered with (from its address). */
  selected: Selection
  /** The product page's own address, without a variant. */
  path: string
  region: RegionKey
  /** Shown above the options (title, subtitle). */
  children: ReactNode
  /** Shown below the add-to-cart button. */
  note?: ReactNode
  /** The journal post whose link opened the page (its `from` parameter, kept in the address). */
  from?: JournalAttribution
}) {
  const [selection, setSelection] = useState(selected)
  const shown = imagesForSelection(pictures, selection)
  const select = (next: Selection) => {
    setSelection(next)
    // Only the address changes (no request, no jump to the top); reloaded or shared, it opens on
    // this selection (rendered per request by product-selection/).
    window.history.replaceState(null, "", withJournalPost(selectionPath(path, product, next), from?.post))
  }
  return (
    <div className={styles.layout}>
      <Gallery key={shown[0]?.url ?? "none"} pictures={shown} title={product.title} />
      <div>
        {children}
        <ProductPurchase product={product} region={region} selection={selection} onSelect={select} from={from} />
        {note}
      </div>
    </div>
  )
}
