"use client"
import { useState, type ReactNode } from "react"
import type { Product, RegionKey } from "@/lib/medusa/types"
import { imagesForSelection, initialSelection, type Selection } from "@/lib/variants"
import { Gallery } from "./Gallery"
import { ProductPurchase } from "./ProductPurchase"
import styles from "./ProductShowcase.module.css"

/** Gallery and buy box side by side, sharing the chosen options: the pictures follow the colour. */
export function ProductShowcase({
  product,
  region,
  children,
  note,
}: {
  product: Product
  region: RegionKey
  /** Shown above the options (title, subtitle). */
  children: ReactNode
  /** Shown below the add-to-cart button. */
  note?: ReactNode
}) {
  const [selection, setSelection] = useState<Selection>(() => initialSelection(product))
  const images = imagesForSelection(product.images, selection)
  return (
    <div className={styles.layout}>
      <Gallery key={images[0]?.url ?? "none"} images={images} title={product.title} />
      <div>
        {children}
        <ProductPurchase product={product} region={region} selection={selection} onSelect={setSelection} />
        {note}
      </div>
    </div>
  )
}
