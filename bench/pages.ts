/** The storefront pages the benchmarks visit: a seeded product and a seeded journal post. */
export const PAGES = {
  home: "/us",
  shop: "/us/shop",
  category: "/us/shop/round-zafus",
  product: "/us/products/classic-round-zafu",
  /** The same product with a variant chosen in its address: rendered per request (proxy.ts). */
  variant: "/us/products/classic-round-zafu?colour=sage&fill=kapok",
  post: "/us/journal/zafu-or-bench",
  journal: "/us/journal",
  cart: "/us/cart",
  checkout: "/us/checkout",
} as const

export type PageName = keyof typeof PAGES

/** Pages every visitor sees the same, served from the storefront's cache. */
export const CACHED_PAGES: PageName[] = ["home", "shop", "category", "product", "post", "journal"]

/** Pages every visitor sees the same but rendered per request (their address has a query): no static twin to compare. */
export const PER_REQUEST_PAGES: PageName[] = ["variant"]
