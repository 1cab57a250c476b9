"use client"
import { useState, type ReactNode } from "react"
import styles from "./Gallery.module.css"

/** A product picture as the page rendered it on the server (ServerImage elements), so no image code ships here. */
export type Picture = { url: string; main: ReactNode; thumb: ReactNode }

export function Gallery({ pictures, title }: { pictures: Picture[]; title: string }) {
  const [index, setIndex] = useState(0)
  const current = pictures[index]
  if (!current) return <div className={styles.main} aria-hidden="true" />
  return (
    <div className={styles.gallery}>
      <div className={styles.main}>{current.main}</div>
      {pictures.length > 1 && (
        <ul className={styles.thumbs} aria-label={`Pictures of ${title}`}>
          {pictures.map((picture, i) => (
            <li key={picture.url}>
              <button
                type="button"
                className={styles.thumb}
                aria-pressed={i === index}
                aria-label={`Show picture ${i + 1} of ${pictures.length}`}
                onClick={() => setIndex(i)}
              >
                {picture.thumb}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
