"use client"
import type { ImgHTMLAttributes } from "react"
import { preload as preloadImage } from "react-dom"

/**
 * The <img> that ServerImage prepared. A client component on purpose: an <img> in a server
 * component's output would be preloaded by React wherever that output goes, including the
 * router's prefetches of other pages; here it is preloaded only when its page is shown.
 */
export function PlainImage({ preload, ...image }: ImgHTMLAttributes<HTMLImageElement> & { preload: boolean }) {
  if (preload && typeof image.src === "string") {
    preloadImage(image.src, { as: "image", imageSrcSet: image.srcSet, imageSizes: image.sizes })
  }
  return <img {...image} />
}
