/** The storefront pages the benchmarks visit: a seeded product and a seeded journal post. */
export const PAGES = {
  home: "/us",
  shop: "/us/shop",
  category: "/us/shop/round-zafus",
  product: "/us/products/classic-round-zafu",
  post: "/us/journal/zafu-or-bench",
  journal: "/us/journal",
  cart: "/us/cart",
  checkout: "/us/checkout",
} as const

export type PageName = keyof typeof PAGES

/** Pages every visitor sees the same, served from the storefront's cache. */
export const CACHED_PAGES: PageName[] = ["home", "shop", "category", "product", "post", "journal"]
