/**
 * Virtual shoppers browsing and buying at once. Each loops: home -> shop -> a product page
 * (storefront HTML documents, as a first visit fetches them) -> add that product to a cart
 * through the Store API -> now and then checks out to an order, pausing a random think time
 * between steps. Every shopper stops by itself at the deadline.
 */
import { latencyOf, type Latency } from "./http-load"
import { addToCart, checkOut, createCart, storeSdk, type Shop } from "./store-api"

export type LoadOptions = { shoppers: number; seconds: number; thinkMs: number; checkoutShare: number }
export type LoadReport = LoadOptions & {
  requests: number
  errors: number
  /** The first errors, for reading. */
  errorSamples: string[]
  orders: number
  steps: (Latency & { step: string; count: number })[]
}

export async function runShoppers(storefrontUrl: string, shop: Shop, options: LoadOptions): Promise<LoadReport> {
  const sdk = storeSdk(shop)
  const times = new Map<string, number[]>()
  const errorSamples: string[] = []
  let requests = 0
  let errors = 0
  let orders = 0
  const deadline = Date.now() + options.seconds * 1000

  const time = async <T>(step: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now()
    requests++
    try {
      const result = await work()
      times.set(step, [...(times.get(step) ?? []), performance.now() - started])
      return result
    } catch (error) {
      errors++
      if (errorSamples.length < 20) errorSamples.push(`${step}: ${error instanceof Error ? error.message : String(error)}`)
      throw error
    }
  }
  const page = (step: string, path: string) =>
    time(step, async () => {
      const response = await fetch(storefrontUrl + path)
      await response.arrayBuffer()
      if (!response.ok) throw new Error(`${path}: ${response.status}`)
    })
  const think = () => new Promise((done) => setTimeout(done, options.thinkMs * (0.5 + Math.random())))
  const open = () => Date.now() < deadline

  const shopper = async () => {
    let cartId: string | undefined
    // Staggered arrival, so the shoppers do not move in lockstep.
    await new Promise((done) => setTimeout(done, Math.random() * options.thinkMs))
    while (open()) {
      try {
        const product = shop.products[Math.floor(Math.random() * shop.products.length)]
        await page("home", "/us")
        await think()
        if (!open()) break
        await page("shop", "/us/shop")
        await think()
        if (!open()) break
        await page("product page", `/us/products/${product.handle}`)
        await think()
        if (!open()) break
        cartId ??= await createCart(sdk, shop, time)
        await addToCart(sdk, cartId, product.variantId, time)
        if (Math.random() < options.checkoutShare && open()) {
          await think()
          await checkOut(sdk, cartId, time)
          orders++
          cartId = undefined
        }
        await think()
      } catch {
        // counted in `time`; this shopper starts over with a fresh cart
        cartId = undefined
      }
    }
  }
  await Promise.all(Array.from({ length: options.shoppers }, shopper))

  const steps = [...times].map(([step, values]) => ({ step, count: values.length, ...latencyOf(values) }))
  return { ...options, requests, errors, errorSamples, orders, steps }
}
