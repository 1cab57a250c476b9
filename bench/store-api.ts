/**
 * The Store API as the storefront uses it (same `fields`), for the backend benchmarks and
 * the virtual shoppers: the shop's region, generated products to buy, a full checkout.
 */
import Medusa from "@medusajs/js-sdk"
// The storefront's own fields (its lib/medusa modules ask with the same constants).
import { CART_SUMMARY_FIELDS } from "@stillpoint/shop-contracts"
import { addresses } from "../tests/support/shop-clients"
import { GENERATED_HANDLE_PREFIX } from "./catalog"

export type Shop = {
  backendUrl: string
  publishableKey: string
  regionId: string
  /** Generated products: published, with stock that does not run out during a benchmark. */
  products: { handle: string; variantId: string }[]
}

export const storeSdk = (shop: Pick<Shop, "backendUrl" | "publishableKey">) =>
  new Medusa({ baseUrl: shop.backendUrl, publishableKey: shop.publishableKey, auth: { type: "jwt", jwtTokenStorageMethod: "nostore" } })

export async function discoverShop(backendUrl: string, publishableKey: string): Promise<Shop> {
  const sdk = storeSdk({ backendUrl, publishableKey })
  const { regions } = await sdk.store.region.list({ fields: "id,currency_code" })
  const region = regions.find((r) => r.currency_code === "usd")
  if (!region) throw new Error("The shop has no USD region")
  const { products } = await sdk.store.product.list({ fields: "handle,*variants", limit: 200, order: "created_at" })
  const generated = products
    .filter((product) => product.handle.startsWith(GENERATED_HANDLE_PREFIX))
    .map((product) => ({ handle: product.handle, variantId: product.variants?.[0]?.id ?? "" }))
  if (!generated.length) throw new Error("The shop has no generated products (bench/generate-products.ts)")
  return { backendUrl, publishableKey, regionId: region.id, products: generated }
}

export type Timer = <T>(step: string, work: () => Promise<T>) => Promise<T>
export const untimed: Timer = (_step, work) => work()

export async function createCart(sdk: Medusa, shop: Shop, time: Timer = untimed) {
  const { cart } = await time("create cart", () => sdk.store.cart.create({ region_id: shop.regionId }, { fields: CART_SUMMARY_FIELDS }))
  return cart.id
}

export async function addToCart(sdk: Medusa, cartId: string, variantId: string, time: Timer = untimed) {
  await time("add to cart", () => sdk.store.cart.createLineItem(cartId, { variant_id: variantId, quantity: 1 }, { fields: CART_SUMMARY_FIELDS }))
}

/** From a filled cart to an order: address, shipping, a system-provider payment session, complete. */
export async function checkOut(sdk: Medusa, cartId: string, time: Timer = untimed) {
  const email = `shopper+${Date.now()}-${Math.floor(Math.random() * 1e9)}@example.com`
  const address = addresses.newYork
  await time("address", () => sdk.store.cart.update(cartId, { email, shipping_address: address, billing_address: address }, { fields: CART_SUMMARY_FIELDS }))
  const { shipping_options } = await time("shipping options", () => sdk.store.fulfillment.listCartOptions({ cart_id: cartId }))
  const option = shipping_options.find((o) => o.name === "Standard shipping")
  if (!option) throw new Error(`No standard shipping for the cart; got ${shipping_options.map((o) => o.name).join(", ")}`)
  const { cart } = await time("shipping method", () => sdk.store.cart.addShippingMethod(cartId, { option_id: option.id }, { fields: CART_SUMMARY_FIELDS }))
  await time("payment session", () => sdk.store.payment.initiatePaymentSession(cart, { provider_id: "pp_system_default" }))
  const completed = await time("complete", () => sdk.store.cart.complete(cartId))
  if (completed.type !== "order") throw new Error(`The cart did not become an order: ${completed.error?.message}`)
  return completed.order.id
}
