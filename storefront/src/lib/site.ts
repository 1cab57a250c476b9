/** The shop's public address, for feeds, the sitemap, canonical links and structured data. */
export const SITE_URL = (process.env.SITE_URL || `http://localhost:${process.env.PORT || 8000}`).replace(/\/$/, "")
export const SITE_NAME = "Stillpoint"

export const absoluteUrl = (path: string) => `${SITE_URL}${path.startsWith("/") ? path : `/${path}`}`

/** JSON for a <script type="application/ld+json">, safe to inline in HTML. */
export function jsonLd(data: object) {
  return JSON.stringify(data).replace(/</g, "\\u003c")
}
