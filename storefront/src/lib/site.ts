import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { listRegions } from "./medusa/regions"
import { isRegionKey, pathInRegion, regionLanguages } from "./region"
import { SITE_URL } from "./site-url"

export { SITE_URL }
export const SITE_NAME = "Stillpoint"

export const absoluteUrl = (path: string) => `${SITE_URL}${path.startsWith("/") ? path : `/${path}`}`

/**
 * A region's page names itself as canonical and its copies in the other regions as alternates, so
 * search engines show each reader the copy in their currency instead of treating them as duplicates.
 * `path` is the page's address without the region ("/products/travel-zafu", "" for the home page).
 */
export async function regionAlternates(region: string, path: string): Promise<NonNullable<Metadata["alternates"]>> {
  if (!isRegionKey(region)) notFound()
  return { canonical: absoluteUrl(pathInRegion(path, region)), languages: regionLanguages(path, await listRegions(), absoluteUrl) }
}

/** JSON for a <script type="application/ld+json">, safe to inline in HTML. */
export function jsonLd(data: object) {
  return JSON.stringify(data).replace(/</g, "\\u003c")
}
