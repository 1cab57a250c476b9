/**
 * The events after which a product's search document may have changed: the product index
 * reindexes on them (search/product.ts), and the storefront's cached pages, which show what the
 * index holds, are revalidated on them (subscribers/revalidate-storefront.ts). One list, so a
 * listing cannot keep showing what the index no longer says.
 */
export const PRODUCT_DOCUMENT_EVENTS = [
  "product.created",
  "product.updated",
  "product.deleted",
  "product-variant.created",
  "product-variant.updated",
  "product-variant.deleted",
  // Stock: reservations come and go with orders; levels with the owner's edits.
  "order.placed",
  "order.canceled",
  "inventory-level.created",
  "inventory-level.updated",
  "inventory-level.deleted",
]
