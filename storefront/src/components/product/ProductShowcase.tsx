"use client"
import { useState, type ReactNode } from "react"
import type { Product, RegionKey } from "@/lib/medusa/types"
import { imagesForSelection, initialSelection, type Selection } from "@/lib/variants"
import { Gallery, type Picture } from "./Gallery"
import { ProductPurchase } from "./ProductPurchase"
import styles from "./ProductShowcase.module.css"

/** Gallery and buy box side by side, sharing the chosen options: the pictures follow the colour. */
export function ProductShowcase({
  product,
  pictures,
  region,
  children,
  note,
}: {
  /** Only what the buy box and gallery need: the page renders the rest. */
  product: Pick<Product, "title" | "options" | "variants" | "fromPrice">
  /** product.images, rendered by the page. */
  pictures: Picture[]
  region: RegionKey
  /** Shown above the options (title, subtitle). */
  children: ReactNode
  /** Shown below the add-to-cart button. */
  note?: ReactNode
}) {
  const [selection, setSelection] = useState<Selection>(() => initialSelection(product))
  const shown = imagesForSelection(pictures, selection)
  return (
    <div className={styles.layout}>
      <Gallery key={shown[0]?.url ?? "none"} pictures={shown} title={product.title} />
      <div>
        {children}
        <ProductPurchase product={product} region={region} selection={selection} onSelect={setSelection} />
        {note}
      </div>
    </div>
  )
}
