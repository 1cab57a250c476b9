export * from "./cache-tags"
export * from "./product-search"
export * from "./store-fields"
export * from "./bank-transfer"
