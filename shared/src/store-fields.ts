/**
 * The `fields` the storefront asks the Store API for: only what the pages render (see the
 * storefront's lib/medusa/shape.ts), since the backend's work and every cached answer grow
 * with each field. Relations keep their `id`: Medusa's Caching Module invalidates a cached
 * answer through the ids it contains. Here, so the benchmarks and the backend's tests ask
 * for exactly what the storefront asks for, and the backend allows what it must.
 */

/**
 * An order's tracking, which the owner enters when marking a fulfillment shipped: the Store
 * API leaves a fulfillment's labels out unless the backend allows them (its middlewares.ts).
 */
export const ORDER_TRACKING_FIELDS = ["fulfillments.labels.tracking_number", "fulfillments.labels.tracking_url"] as const

/** A product tile: price from the variants, stock, options for the filters. */
export const PRODUCT_SUMMARY_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "thumbnail",
  "created_at",
  // The Store API returns categories whole or not at all.
  "*categories",
  "options.id",
  "options.title",
  "options.values.id",
  "options.values.value",
  "options.values.rank",
  "variants.id",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.calculated_price",
  "+variants.inventory_quantity",
].join(",")

/** A product page: the tile's fields plus what the page shows and picks variants by. */
export const PRODUCT_DETAIL_FIELDS = [
  PRODUCT_SUMMARY_FIELDS,
  "variants.title",
  "variants.sku",
  // Whole, for each value's option_id, which names the option a variant picks.
  "*variants.options",
  "description",
  "material",
  "weight",
  "length",
  "width",
  "height",
  "metadata",
  "images.id",
  "images.url",
].join(",")

/**
 * The cart as the cart, checkout and header show it: totals, lines, codes, addresses, the
 * shipping method and the payment session's provider. Totals need no line fields here:
 * Medusa computes them from the cart's own items, adjustments and tax lines.
 */
export const CART_FIELDS = [
  "id",
  "region_id",
  "currency_code",
  "email",
  // The Store API hands out a cart's customer_id only through the relation.
  "customer.id",
  "completed_at",
  "total",
  "tax_total",
  "item_subtotal",
  "original_item_total",
  "discount_total",
  "discount_tax_total",
  "credit_line_total",
  "shipping_total",
  "shipping_subtotal",
  "items.id",
  "items.title",
  "items.variant_title",
  "items.product_title",
  "items.product_handle",
  "items.variant_id",
  // The journal post a line began in (journal-attribution.ts).
  "items.metadata",
  "items.thumbnail",
  "items.quantity",
  "items.unit_price",
  "items.is_tax_inclusive",
  "items.created_at",
  "promotions.id",
  "promotions.code",
  "shipping_address.*",
  "billing_address.*",
  "shipping_methods.id",
  "shipping_methods.shipping_option_id",
  "shipping_methods.name",
  "shipping_methods.amount",
  "payment_collection.id",
  "payment_collection.payment_sessions.id",
  "payment_collection.payment_sessions.provider_id",
].join(",")

/**
 * What the header's count and adding to the cart need: which cart, its region and its lines.
 * Without total fields Medusa computes no totals, taxes or promotions for the read: the header
 * reads this on every page a shopper opens.
 */
export const CART_SUMMARY_FIELDS = ["id", "region_id", "completed_at", "items.id", "items.variant_id", "items.quantity"].join(",")

/**
 * An order on the confirmation page and in the account. Totals are named one by one: the
 * list route sends none unless asked, and the storefront's shape.ts refuses a missing amount rather than
 * showing €0.00.
 */
export const ORDER_FIELDS = [
  "*items,*shipping_address,*billing_address,*shipping_methods,*fulfillments,*payment_collections.payments",
  ...ORDER_TRACKING_FIELDS.map((field) => `+${field}`),
  "+display_id,+status,+customer_id,+payment_status,+fulfillment_status",
  "+total,+tax_total,+item_subtotal,+original_item_total,+discount_total,+discount_tax_total,+shipping_total,+shipping_subtotal,+credit_line_total",
].join(",")
