import type { MetadataRoute } from "next"
import { REGION_KEYS } from "@/lib/region"
import { absoluteUrl } from "@/lib/site"

/** Each region's pages that belong to one visitor (or are endless search results), by path under /us or /eu. */
const PRIVATE_PAGES = ["/cart", "/checkout", "/account", "/order/", "/search"]

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      // Carts, checkouts, accounts, order confirmations and search results have nothing worth indexing and only
      // spend crawl budget; products, posts and everything they load (/_next, images, share cards) stay open so
      // search engines see the pages as people do.
      allow: "/",
      disallow: [...REGION_KEYS.flatMap((region) => PRIVATE_PAGES.map((page) => `/${region}${page}`)), "/api/"],
    },
    sitemap: absoluteUrl("/sitemap.xml"),
  }
}
