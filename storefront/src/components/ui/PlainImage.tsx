"use client"
import type { ImgHTMLAttributes } from "react"
import { preload as preloadImage } from "react-dom"

/**
 * The <img> that ServerImage prepared. A client component on purpose: an <img> in a server
 * component's output would be preloaded by React wherever that output goes, including the
 * router's prefetches of other pages; here it is preloaded only when its page is shown.
 */
export function PlainImage({ preload, alt, ...image }: ImgHTMLAttributes<HTMLImageElement> & { alt: string; preload: boolean }) {
  if (preload && typeof image.src === "string") {
    preloadImage(image.src, { as: "image", imageSrcSet: image.srcSet, imageSizes: image.sizes, fetchPriority: "high" })
  }
  // biome-ignore lint/performance/noImgElement: this is next/image's own markup, worked out on the server by getImageProps (see ServerImage); <Image> would ship its client code to every page
  return <img {...image} alt={alt} />
}
