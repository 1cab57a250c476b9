/**
 * Where a sign-in may send the browser next. The value arrives in the URL (`?next=`), so
 * anyone can craft it: it is resolved as a browser would resolve it against the shop's own
 * origin and kept only when it stays there, as a path under a region. Browsers read a
 * backslash as a slash ("/\evil.example" is "//evil.example") and drop tabs and newlines
 * ("/\t/evil.example" is "//evil.example"), so both are refused outright. Pure: unit tested.
 */
import { isRegionKey } from "./region"

const OWN_ORIGIN = "http://shop.invalid"

export function sameShopPath(value: unknown, fallback: string): string {
  if (typeof value !== "string" || !value.startsWith("/")) return fallback
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return fallback
  let url: URL
  try {
    url = new URL(value, OWN_ORIGIN)
  } catch {
    return fallback
  }
  if (url.origin !== OWN_ORIGIN) return fallback
  const [first] = url.pathname.split("/").filter(Boolean)
  if (!isRegionKey(first)) return fallback
  return `${url.pathname}${url.search}${url.hash}`
}
