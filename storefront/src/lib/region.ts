/** Region keys in the URL (/us/…, /eu/…) and how a visitor gets one. Pure: used by proxy.ts and tests. */
import { DEFAULT_REGION, REGION_CURRENCY } from "@stillpoint/shop-contracts"
import type { Region, RegionKey } from "./medusa/types"

export { DEFAULT_REGION, REGION_CURRENCY }
export const REGION_KEYS = Object.keys(REGION_CURRENCY) as RegionKey[]
export const REGION_LABEL: Record<RegionKey, string> = { us: "United States (USD $)", eu: "Europe (EUR €)" }
export const REGION_SHORT_LABEL: Record<RegionKey, string> = { us: "US $", eu: "EU €" }

export function isRegionKey(value: unknown): value is RegionKey {
  return value === "us" || value === "eu"
}

/** Languages of the countries the EU region ships to, plus other European ones. */
const EUROPEAN_LANGUAGES = new Set([
  "de", "fr", "nl", "it", "es", "pt", "fi", "sv", "da", "ga", "el", "pl", "cs", "sk", "sl", "hu",
  "ro", "bg", "hr", "et", "lv", "lt", "mt", "lb",
])
const EUROPEAN_ENGLISH = new Set(["ie", "mt", "de", "nl", "be", "fr", "at", "fi", "es", "it", "pt"])

/** The region for an Accept-Language header: a European language (or en-IE) → eu, else us. */
export function regionFromAcceptLanguage(header: string | null | undefined): RegionKey {
  if (!header) return DEFAULT_REGION
  const first = header
    .split(",")
    .map((part) => {
      const [tag, ...params] = part.trim().split(";")
      const q = params.find((p) => p.trim().startsWith("q="))
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 }
    })
    .filter((entry) => entry.tag && entry.tag !== "*")
    .sort((a, b) => b.q - a.q)[0]
  if (!first) return DEFAULT_REGION
  const [language, country] = first.tag.split("-")
  if (EUROPEAN_LANGUAGES.has(language)) return "eu"
  if (language === "en" && country && EUROPEAN_ENGLISH.has(country)) return "eu"
  return DEFAULT_REGION
}

/** "/us/products/x?y" → "/eu/products/x?y"; a path without a region gets one. */
export function pathInRegion(path: string, region: RegionKey): string {
  const [pathname, ...rest] = path.split("?")
  const segments = pathname.split("/").filter(Boolean)
  if (segments.length && isRegionKey(segments[0])) segments.shift()
  const query = rest.length ? `?${rest.join("?")}` : ""
  return `/${[region, ...segments].join("/")}${query}`
}

/**
 * hreflang → address of a page's copy in each region: the shop is in English, so each region's copy is
 * "en-<country>" for every country it sells to; everyone else gets the default region's copy (x-default),
 * as the proxy does for a visitor it cannot place.
 */
export function regionLanguages(
  path: string,
  regions: readonly Pick<Region, "key" | "countries">[],
  toUrl: (path: string) => string
): Record<`en-${string}` | "x-default", string> {
  const languages: Record<`en-${string}` | "x-default", string> = { "x-default": toUrl(pathInRegion(path, DEFAULT_REGION)) }
  for (const region of regions) {
    for (const country of region.countries) languages[`en-${country.code.toUpperCase()}`] = toUrl(pathInRegion(path, region.key))
  }
  return languages
}
