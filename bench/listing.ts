/**
 * The shop's listing at the catalogue's size: its HTML, and the last page reached through the
 * pager's own addresses, so every product is shown to be reachable (10,000 products: page 417).
 */
import { LISTING_PAGE_SIZE } from "../storefront/src/lib/shop-listing"

export type ListingReach = {
  /** Products the listing says it has (the heading above the tiles). */
  total: number
  pages: number
  /** Tiles on the last page, and how many there must be for every product to be on some page. */
  lastPageProducts: number
  expectedLastPageProducts: number
  /** HTML bytes (uncompressed): the prerendered first page, a category, the last page. */
  shopHtmlBytes: number
  categoryHtmlBytes: number
  lastPageHtmlBytes: number
}

async function page(url: string): Promise<string> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url} answered ${response.status}`)
  return response.text()
}

const tiles = (html: string) => html.split('data-testid="tile-price"').length - 1

export async function measureListingReach(storefrontUrl: string, log: (line: string) => void): Promise<ListingReach> {
  const shop = `${storefrontUrl}/us/shop`
  // ?page=1 renders per request: the count as of now, not as of the prerendered page's last regeneration.
  const first = await page(`${shop}?page=1`)
  const heading = /id="results-heading"[^>]*>([\d,]+) products?</.exec(first)
  if (!heading) throw new Error("the shop page has no product count")
  const total = Number(heading[1].replace(/,/g, ""))
  const pages = Math.ceil(total / LISTING_PAGE_SIZE)
  const [prerendered, category, last] = await Promise.all([page(shop), page(`${shop}/round-zafus`), page(`${shop}?page=${pages}`)])
  const reach: ListingReach = {
    total,
    pages,
    lastPageProducts: tiles(last),
    expectedLastPageProducts: total - (pages - 1) * LISTING_PAGE_SIZE,
    shopHtmlBytes: Buffer.byteLength(prerendered),
    categoryHtmlBytes: Buffer.byteLength(category),
    lastPageHtmlBytes: Buffer.byteLength(last),
  }
  log(`${total} products on ${pages} pages; the last shows ${reach.lastPageProducts} (expected ${reach.expectedLastPageProducts}); shop HTML ${(reach.shopHtmlBytes / 1000).toFixed(1)} kB`)
  return reach
}
