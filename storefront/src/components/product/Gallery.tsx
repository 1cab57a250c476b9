"use client"
import Image from "next/image"
import { useState } from "react"
import type { ProductImage } from "@/lib/medusa/types"
import styles from "./Gallery.module.css"

export function Gallery({ images, title }: { images: ProductImage[]; title: string }) {
  const [index, setIndex] = useState(0)
  const current = images[index]
  if (!current) return <div className={styles.main} aria-hidden="true" />
  return (
    <div className={styles.gallery}>
      <div className={styles.main}>
        <Image src={current.url} alt={current.alt} fill priority sizes="(max-width: 800px) 100vw, 560px" />
      </div>
      {images.length > 1 && (
        <ul className={styles.thumbs} aria-label={`Pictures of ${title}`}>
          {images.map((image, i) => (
            <li key={image.url}>
              <button
                type="button"
                className={styles.thumb}
                aria-pressed={i === index}
                aria-label={`Show picture ${i + 1} of ${images.length}`}
                onClick={() => setIndex(i)}
              >
                <Image src={image.url} alt="" fill sizes="80px" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
