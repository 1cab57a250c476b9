/**
 * Clients for tests that talk to the running test shop (started by run-suite.ts, which
 * sets BACKEND_URL, PUBLISHABLE_KEY, ADMIN_EMAIL, ADMIN_PASSWORD).
 */
import Medusa from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"

function required(name: string) {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set: run the tests through \`npm test\`, which starts the test shop.`)
  return value
}

export const backendUrl = () => required("BACKEND_URL")
export const publishableKey = () => required("PUBLISHABLE_KEY")

export function storeClient() {
  return new Medusa({ baseUrl: backendUrl(), publishableKey: publishableKey(), auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
}

export async function adminClient() {
  const sdk = new Medusa({ baseUrl: backendUrl(), auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
  await sdk.auth.login("user", "emailpass", { email: required("ADMIN_EMAIL"), password: required("ADMIN_PASSWORD") })
  return sdk
}

/** A raw Store API request, for bodies the SDK would never send (malformed, hostile). */
export async function rawStore(path: string, init: RequestInit = {}) {
  const response = await fetch(`${backendUrl()}${path}`, {
    ...init,
    headers: { "content-type": "application/json", "x-publishable-api-key": publishableKey(), ...init.headers },
  })
  const text = await response.text()
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body, text }
}

export async function regionByCurrency(sdk: Medusa, currency: "usd" | "eur"): Promise<HttpTypes.StoreRegion> {
  const { regions } = await sdk.store.region.list({ fields: "id,name,currency_code,*countries" })
  const region = regions.find((r) => r.currency_code === currency)
  if (!region) throw new Error(`No region in ${currency}`)
  return region
}

/** The variant with this SKU, priced for the region, with its available quantity. */
export async function variantBySku(sdk: Medusa, sku: string, regionId: string) {
  const { products } = await sdk.store.product.list({
    region_id: regionId,
    limit: 100,
    fields: "id,handle,title,*variants.calculated_price,+variants.inventory_quantity,+variants.sku",
  })
  for (const product of products) {
    const variant = product.variants?.find((v) => v.sku === sku)
    if (variant) return { product, variant }
  }
  throw new Error(`No published variant with SKU ${sku}`)
}

export const addresses = {
  berlin: {
    first_name: "Lena",
    last_name: "Vogel",
    address_1: "Kastanienallee 12",
    city: "Berlin",
    postal_code: "10435",
    country_code: "de",
    phone: "+49 30 1234567",
  },
  newYork: {
    first_name: "Sam",
    last_name: "Rivera",
    address_1: "200 W 20th St",
    city: "New York",
    province: "us-ny",
    postal_code: "10011",
    country_code: "us",
    phone: "+1 212 555 0100",
  },
}

export type CartOptions = {
  currency: "usd" | "eur"
  /** SKU -> quantity */
  items: Record<string, number>
  address: (typeof addresses)[keyof typeof addresses]
  shipping: "Standard shipping" | "Express shipping"
  email?: string
}

/** A cart with `items` (SKU -> quantity), an address and a shipping method: ready for payment. */
export async function cartReadyForPayment(
  sdk: Medusa,
  options: CartOptions
) {
  const region = await regionByCurrency(sdk, options.currency)
  let { cart } = await sdk.store.cart.create({ region_id: region.id })
  for (const [sku, quantity] of Object.entries(options.items)) {
    const { variant } = await variantBySku(sdk, sku, region.id)
    ;({ cart } = await sdk.store.cart.createLineItem(cart.id, { variant_id: variant.id, quantity }))
  }
  ;({ cart } = await sdk.store.cart.update(cart.id, {
    email: options.email ?? `buyer+${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`,
    shipping_address: options.address,
    billing_address: options.address,
  }))
  const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cart.id })
  const option = shipping_options.find((o) => o.name === options.shipping)
  if (!option) throw new Error(`No "${options.shipping}" for this cart; got ${shipping_options.map((o) => o.name)}`)
  ;({ cart } = await sdk.store.cart.addShippingMethod(cart.id, { option_id: option.id }))
  return { cart, region }
}

/** Fills a cart with `items` (SKU -> quantity) and takes it to a placed order. */
export async function placeOrder(
  sdk: Medusa,
  options: CartOptions
) {
  const { cart, region } = await cartReadyForPayment(sdk, options)
  await sdk.store.payment.initiatePaymentSession(cart, { provider_id: "pp_system_default" })
  const completed = await sdk.store.cart.complete(cart.id)
  if (completed.type !== "order") throw new Error(`Cart did not complete: ${JSON.stringify(completed.error)}`)
  return { order: completed.order, cartId: cart.id, region }
}

export type TestProduct = { productId: string; handle: string; variantId: string; sku: string; inventoryItemId: string; locationId: string }

/**
 * A product of the test's own, published in the shop's sales channel: one variant with
 * `stock` units at the shop's stock location. `handle` lets a test look it up before it exists.
 */
export async function publishedProductWithStock(
  admin: Medusa,
  options: { title: string; stock: number; prices: { usd: number; eur: number }; handle?: string }
): Promise<TestProduct> {
  const suffix = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`
  const handle = options.handle ?? `${options.title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${suffix}`
  const [{ stock_locations }, { sales_channels }, { shipping_profiles }] = await Promise.all([
    admin.admin.stockLocation.list({ fields: "id" }),
    admin.admin.salesChannel.list({ fields: "id,name" }),
    admin.admin.shippingProfile.list({ fields: "id" }),
  ])
  const channel = sales_channels.find((c) => c.name === "Stillpoint web shop")
  if (!channel || !stock_locations[0] || !shipping_profiles[0]) throw new Error("the seeded sales channel, stock location or shipping profile is missing")
  const { product } = await admin.admin.product.create(
    {
      title: options.title,
      handle,
      status: "published",
      shipping_profile_id: shipping_profiles[0].id,
      sales_channels: [{ id: channel.id }],
      options: [{ title: "Size", values: ["One size"] }],
      variants: [
        {
          title: "One size",
          sku: `TEST-${suffix}`,
          manage_inventory: true,
          options: { Size: "One size" },
          prices: [
            { currency_code: "usd", amount: options.prices.usd },
            { currency_code: "eur", amount: options.prices.eur },
          ],
        },
      ],
    },
    { fields: "id,handle,*variants,variants.inventory_items.inventory_item_id" }
  )
  const variant = product.variants?.[0]
  const inventoryItemId = variant?.inventory_items?.[0]?.inventory_item_id
  if (!variant?.sku || !inventoryItemId) throw new Error(`the new product ${product.id} has no variant with an inventory item`)
  await admin.admin.inventoryItem.batchInventoryItemLocationLevels(inventoryItemId, {
    create: [{ location_id: stock_locations[0].id, stocked_quantity: options.stock }],
  })
  return { productId: product.id, handle, variantId: variant.id, sku: variant.sku, inventoryItemId, locationId: stock_locations[0].id }
}
