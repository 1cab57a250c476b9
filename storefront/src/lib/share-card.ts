/**
 * The pictures social networks and chat apps show for a shared link: 1200×630 PNGs drawn from a
 * post's cover or a product's picture. The networks do not render SVG or (everywhere) WebP.
 */
import "server-only"
import type { Metadata } from "next"
import sharp from "sharp"
import { absoluteUrl } from "./site"

export const SHARE_CARD = { width: 1200, height: 630, type: "image/png" } as const

/** Where each card is served (app/share-cards). */
export const shareCardPath = {
  product: (handle: string) => `/share-cards/products/${handle}/card.png`,
  post: (slug: string) => `/share-cards/journal/${slug}/card.png`,
}

/** og:image and twitter:image for a page whose card is at `path`, absolute and with its size and type. */
export function shareCardMetadata(path: string, alt: string) {
  const images = [{ url: absoluteUrl(path), width: SHARE_CARD.width, height: SHARE_CARD.height, type: SHARE_CARD.type, alt }]
  const twitter: Metadata["twitter"] = { card: "summary_large_image", images }
  return { images, twitter }
}

/** A post's cover filling the card (covers are drawn at 1200×630; others are cropped from the centre). */
export async function coverCard(cover: Buffer) {
  return sharp(cover).resize(SHARE_CARD.width, SHARE_CARD.height, { fit: "cover" }).png().toBuffer()
}

/** A product picture whole, centred on its own background colour (read from its top-left corner). */
export async function pictureCard(picture: Buffer) {
  const corner = await sharp(picture).extract({ left: 0, top: 0, width: 1, height: 1 }).removeAlpha().raw().toBuffer()
  const background = { r: corner[0], g: corner[1], b: corner[2] }
  return sharp(picture)
    .resize(SHARE_CARD.width, SHARE_CARD.height, { fit: "contain", background })
    .flatten({ background })
    .png()
    .toBuffer()
}

/** A product picture from the backend (or the file store), as bytes; null when it cannot be had. */
export async function fetchPicture(url: string) {
  const response = await fetch(url)
  return response.ok ? Buffer.from(await response.arrayBuffer()) : null
}

export function pngResponse(png: Buffer) {
  return new Response(new Uint8Array(png), {
    headers: { "content-type": SHARE_CARD.type, "cache-control": "public, max-age=86400" },
  })
}
