import { getImageProps, type ImageProps } from "next/image"
import { PlainImage } from "./PlainImage"

/**
 * next/image's markup (optimised srcset, lazy loading, a preload for priority images) worked
 * out on the server. next/image itself is a client component whose code (~6 kB gzip) every page
 * would download; none of our images need its client side (placeholders, onLoad), so pages use
 * this instead. A client component that shows pictures takes them as ServerImage elements from
 * its server parent.
 */
export function ServerImage(image: ImageProps) {
  const { props } = getImageProps(image)
  // A priority image is the page's largest paint: fetched first, never lazily.
  return image.priority ? <PlainImage {...props} loading="eager" fetchPriority="high" preload /> : <PlainImage {...props} preload={false} />
}
