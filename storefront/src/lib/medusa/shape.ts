/**
 * Medusa Store API responses → the storefront's own types. Pure functions, no
 * `server-only`, so they run under plain Node in unit tests.
 */
import type { HttpTypes } from "@medusajs/types"
import { attributionFromMetadata } from "@stillpoint/shop-contracts"
import type {
  Address,
  Cart,
  CartSummary,
  Category,
  Customer,
  LineItem,
  Money,
  Order,
  Product,
  ProductSummary,
  ProductVariant,
  SavedAddress,
  ShippingOption,
  StockState,
  Totals,
} from "./types"

/** At or below this many units a variant shows "only N left". */
export const LOW_STOCK_THRESHOLD = 3

type VariantStockFields = {
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  inventory_quantity?: number | null
}

export function stockState(variant: VariantStockFields): StockState {
  if (!variant.manage_inventory || variant.allow_backorder) return { kind: "in_stock" }
  const left = variant.inventory_quantity ?? 0
  if (left <= 0) return { kind: "sold_out" }
  if (left <= LOW_STOCK_THRESHOLD) return { kind: "low", left }
  return { kind: "in_stock" }
}

export function stockLabel(stock: StockState): string {
  switch (stock.kind) {
    case "sold_out":
      return "Sold out"
    case "low":
      return `Only ${stock.left} left`
    default:
      return "In stock"
  }
}

/**
 * An amount Medusa must have sent. A missing one means the request did not ask for that
 * field: fail loudly rather than show a customer "€0.00".
 */
function money(amount: number | null | undefined, currency: string, field: string): Money {
  const value = Number(amount)
  if (amount == null || !Number.isFinite(value)) throw new Error(`Medusa sent no ${field}; add it to the request's fields`)
  return { amount: value, currency: currency.toLowerCase() }
}

export function toVariant(variant: HttpTypes.StoreProductVariant, optionTitles: Map<string, string>): ProductVariant {
  const options: Record<string, string> = {}
  for (const value of variant.options ?? []) {
    const title = (value.option_id && optionTitles.get(value.option_id)) || value.option?.title
    if (title) options[title] = value.value
  }
  const calculated = variant.calculated_price
  const price =
    calculated && calculated.calculated_amount != null && calculated.currency_code
      ? money(calculated.calculated_amount, calculated.currency_code, "variants.calculated_price.calculated_amount")
      : null
  return { id: variant.id, title: variant.title ?? "", sku: variant.sku ?? null, options, price, stock: stockState(variant) }
}

/**
 * A product's options and their values in a fixed order, since Medusa returns both in
 * whatever order the database yields (which changes as rows are updated). Values follow
 * their rank (set in the admin or by the seed), then their text; options, which Medusa
 * does not rank, follow their title.
 */
function orderedOptions(product: HttpTypes.StoreProduct): { id: string; title: string; values: string[] }[] {
  const rankOf = (value: HttpTypes.StoreProductOptionValue) => value.rank ?? Number.MAX_SAFE_INTEGER
  return (product.options ?? [])
    .map((option) => ({
      id: option.id,
      title: option.title,
      values: [...(option.values ?? [])]
        .sort((a, b) => rankOf(a) - rankOf(b) || a.value.localeCompare(b.value))
        .map((value) => value.value),
    }))
    .sort((a, b) => a.title.localeCompare(b.title))
}

function summaryFrom(product: HttpTypes.StoreProduct, variants: ProductVariant[]): ProductSummary {
  const prices = variants.map((v) => v.price).filter((p): p is Money => p !== null)
  const fromPrice = prices.length ? prices.reduce((low, p) => (p.amount < low.amount ? p : low)) : null
  const optionValues = Object.fromEntries(orderedOptions(product).map((option) => [option.title, option.values]))
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    subtitle: product.subtitle ?? "",
    thumbnail: product.thumbnail ?? product.images?.[0]?.url ?? null,
    categoryHandles: (product.categories ?? []).map((c) => c.handle),
    fromPrice,
    priceVaries: new Set(prices.map((p) => p.amount)).size > 1,
    optionValues,
    createdAt: String(product.created_at ?? ""),
    soldOut: variants.length > 0 && variants.every((v) => v.stock.kind === "sold_out"),
  }
}

function variantsOf(product: HttpTypes.StoreProduct): ProductVariant[] {
  const optionTitles = new Map((product.options ?? []).map((o) => [o.id, o.title]))
  return (product.variants ?? []).map((v) => toVariant(v, optionTitles))
}

export function toProduct(product: HttpTypes.StoreProduct): Product {
  const variants = variantsOf(product)
  const care = product.metadata?.care
  const { length, width, height } = product
  return {
    ...summaryFrom(product, variants),
    description: product.description ?? "",
    images: (product.images ?? []).map((image, index) => ({
      url: image.url,
      alt: `${product.title}, picture ${index + 1}`,
    })),
    options: orderedOptions(product),
    variants,
    material: product.material ?? null,
    care: typeof care === "string" ? care : null,
    weightGrams: product.weight ?? null,
    dimensionsCm:
      length != null && width != null && height != null
        ? { length: Number(length), width: Number(width), height: Number(height) }
        : null,
  }
}

export function toCategory(category: HttpTypes.StoreProductCategory): Category {
  return { id: category.id, handle: category.handle, name: category.name, description: category.description ?? "" }
}

type MedusaAddress = {
  first_name?: string | null
  last_name?: string | null
  company?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  postal_code?: string | null
  province?: string | null
  country_code?: string | null
  phone?: string | null
}

export function toAddress(address: MedusaAddress | null | undefined): Address | null {
  if (!address?.address_1) return null
  return {
    firstName: address.first_name ?? "",
    lastName: address.last_name ?? "",
    company: address.company ?? "",
    address1: address.address_1 ?? "",
    address2: address.address_2 ?? "",
    city: address.city ?? "",
    postalCode: address.postal_code ?? "",
    province: address.province ?? "",
    countryCode: (address.country_code ?? "").toLowerCase(),
    phone: address.phone ?? "",
  }
}

/**
 * The storefront's address → the Store API's body shape. An empty optional field is sent as
 * null, so that emptying it in an edit clears what was saved.
 */
export function fromAddress(address: Address) {
  return {
    first_name: address.firstName,
    last_name: address.lastName,
    company: address.company || null,
    address_1: address.address1,
    address_2: address.address2 || null,
    city: address.city,
    postal_code: address.postalCode,
    province: address.province || null,
    country_code: address.countryCode,
    phone: address.phone || null,
  }
}

export function toSavedAddress(address: HttpTypes.StoreCustomerAddress): SavedAddress {
  return {
    ...(toAddress(address) ?? {
      firstName: "",
      lastName: "",
      company: "",
      address1: "",
      address2: "",
      city: "",
      postalCode: "",
      province: "",
      countryCode: "",
      phone: "",
    }),
    id: address.id,
    isDefaultShipping: Boolean(address.is_default_shipping),
  }
}

type MedusaLineItem = {
  id: string
  title: string
  variant_title?: string | null
  product_title?: string | null
  product_handle?: string | null
  variant_id?: string | null
  metadata?: Record<string, unknown> | null
  thumbnail?: string | null
  quantity: number
  unit_price?: number | null
  is_tax_inclusive?: boolean
}

export function toLineItem(item: MedusaLineItem, currency: string): LineItem {
  const quantity = Number(item.quantity)
  const unitPrice = money(item.unit_price, currency, "items.unit_price")
  const title = item.product_title ?? item.title
  const variantTitle = item.variant_title ?? ""
  return {
    id: item.id,
    title,
    variantTitle,
    productHandle: item.product_handle ?? null,
    variantId: item.variant_id ?? null,
    fromJournal: attributionFromMetadata(item.metadata),
    // Medusa copies the variant's thumbnail onto the line when it is added (the product's when the
    // variant has none), so the line keeps the picture of what was chosen, in the order too.
    image: item.thumbnail ? { url: item.thumbnail, alt: variantTitle ? `${title} — ${variantTitle}` : title } : null,
    quantity,
    unitPrice,
    total: { ...unitPrice, amount: Math.round(unitPrice.amount * quantity * 100) / 100 },
  }
}

type MedusaTotals = {
  total?: number | null
  tax_total?: number | null
  item_subtotal?: number | null
  original_item_total?: number | null
  discount_total?: number | null
  discount_tax_total?: number | null
  credit_line_total?: number | null
  shipping_total?: number | null
  shipping_subtotal?: number | null
}

/**
 * Where prices include tax (EU VAT), the lines show tax-inclusive amounts and the tax
 * line is "included"; otherwise they are net and the tax is added.
 */
// The net discount, as Medusa defines discount_subtotal, which its order list route never sends.
const netDiscount = (source: MedusaTotals, currency: string): Money => {
  const gross = money(source.discount_total, currency, "discount_total")
  const tax = money(source.discount_tax_total, currency, "discount_tax_total")
  return { ...gross, amount: Math.round((gross.amount - tax.amount) * 1e6) / 1e6 }
}

export function toTotals(source: MedusaTotals, currency: string, taxInclusive: boolean): Totals {
  return {
    subtotal: taxInclusive ? money(source.original_item_total, currency, "original_item_total") : money(source.item_subtotal, currency, "item_subtotal"),
    discount: taxInclusive ? money(source.discount_total, currency, "discount_total") : netDiscount(source, currency),
    shipping: taxInclusive ? money(source.shipping_total, currency, "shipping_total") : money(source.shipping_subtotal, currency, "shipping_subtotal"),
    tax: money(source.tax_total, currency, "tax_total"),
    refunded: money(source.credit_line_total, currency, "credit_line_total"),
    total: money(source.total, currency, "total"),
    taxInclusive,
  }
}

export function toCart(cart: HttpTypes.StoreCart): Cart {
  const currency = cart.currency_code
  const items = (cart.items ?? [])
    .slice()
    .sort((a, b) => String(a.created_at ?? "").localeCompare(String(b.created_at ?? "")))
  const taxInclusive = items.some((i) => i.is_tax_inclusive)
  const method = cart.shipping_methods?.[0]
  const session = cart.payment_collection?.payment_sessions?.[0]
  return {
    id: cart.id,
    regionId: cart.region_id ?? "",
    currency,
    email: cart.email ?? null,
    items: items.map((i) => toLineItem(i, currency)),
    itemCount: items.reduce((n, i) => n + Number(i.quantity), 0),
    totals: toTotals(cart, currency, taxInclusive),
    promoCodes: (cart.promotions ?? []).map((p) => p.code).filter((c): c is string => Boolean(c)),
    shippingAddress: toAddress(cart.shipping_address),
    billingAddress: toAddress(cart.billing_address),
    shippingMethod: method
      ? { optionId: method.shipping_option_id ?? "", name: method.name, amount: money(method.amount, currency, "shipping_methods.amount") }
      : null,
    paymentProviderId: session?.provider_id ?? null,
    customerId: cart.customer_id ?? null,
  }
}

export function toCartSummary(cart: HttpTypes.StoreCart): CartSummary {
  const lines = (cart.items ?? []).map((i) => ({ id: i.id, variantId: i.variant_id ?? null, quantity: Number(i.quantity) }))
  return { id: cart.id, regionId: cart.region_id ?? "", lines, itemCount: lines.reduce((n, line) => n + line.quantity, 0) }
}

export function toShippingOption(option: HttpTypes.StoreCartShippingOption, currency: string): ShippingOption {
  const amount = option.calculated_price?.calculated_amount ?? option.amount
  return { id: option.id, name: option.name, amount: money(amount, currency, "shipping option amount") }
}

/** Medusa's Store API sends a fulfillment's labels when asked (`*fulfillments.labels`); its type omits them. */
type MedusaFulfillment = HttpTypes.StoreOrderFulfillment & { labels?: { tracking_number: string; tracking_url?: string | null }[] }

export function toOrder(order: HttpTypes.StoreOrder): Order {
  const currency = order.currency_code
  const items = order.items ?? []
  const taxInclusive = items.some((i) => i.is_tax_inclusive)
  return {
    id: order.id,
    displayId: order.display_id ?? 0,
    createdAt: String(order.created_at),
    email: order.email ?? "",
    currency,
    items: items.map((i) => toLineItem(i, currency)),
    itemCount: items.reduce((n, i) => n + Number(i.quantity), 0),
    totals: toTotals(order, currency, taxInclusive),
    shippingAddress: toAddress(order.shipping_address),
    billingAddress: toAddress(order.billing_address),
    shippingMethod: order.shipping_methods?.[0]?.name ?? null,
    status: order.status,
    customerId: order.customer_id ?? null,
    fulfillmentStatus: order.fulfillment_status,
    shipments: ((order.fulfillments ?? []) as MedusaFulfillment[])
      .filter((f) => f.shipped_at)
      .map((f) => ({
        id: f.id,
        shippedAt: String(f.shipped_at),
        tracking: (f.labels ?? []).map((label) => ({ number: label.tracking_number, url: label.tracking_url || null })),
      })),
    payment: {
      providerId: order.payment_collections?.[0]?.payments?.[0]?.provider_id ?? null,
      status: order.payment_status ?? "",
    },
  }
}

export function toCustomer(customer: HttpTypes.StoreCustomer): Customer {
  return {
    id: customer.id,
    email: customer.email,
    firstName: customer.first_name ?? "",
    lastName: customer.last_name ?? "",
  }
}
