/**
 * Clients for the cluster tests and the cluster benchmark: Store and Admin API calls through
 * the balancer that remember which instance answered (the balancer's X-Upstream header), the
 * runner's control endpoint, and a guest checkout that behaves like a careful storefront when
 * an instance dies under it: a step that failed with 502 or a dropped connection is checked
 * against the cart before it is sent again, so nothing is added or ordered twice.
 */
import { addresses, adminClient, publishedProductWithStock } from "./shop-clients"

function required(name: string) {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set: run these tests through \`npm run test:cluster\`.`)
  return value
}

export type InstanceInfo = { name: string; role: "server" | "worker" | "storefront"; port: number; url: string }

export const instances = (): InstanceInfo[] => JSON.parse(required("CLUSTER_INSTANCES"))
export const instancesWithRole = (role: InstanceInfo["role"]) => instances().filter((i) => i.role === role)

/** Kills (SIGKILL), stops (SIGTERM, graceful) or starts an instance; resolves once that is done. */
export async function control(name: string, action: "kill" | "stop" | "start") {
  const response = await fetch(`${required("CLUSTER_CONTROL_URL")}/instances/${name}/${action}`, { method: "POST" })
  if (!response.ok) throw new Error(`${action} ${name}: ${response.status} ${await response.text()}`)
}

/** The instance that answered: the last address in X-Upstream (nginx lists each upstream it tried). */
export function answeredBy(response: Response): string | undefined {
  const addresses = response.headers.get("x-upstream")?.split(",") ?? []
  const port = Number(addresses.at(-1)?.trim().split(":").at(-1))
  return instances().find((i) => i.port === port)?.name
}

export type RequestRecord = {
  method: string
  path: string
  status: number
  upstream?: string
  startedAt: number
  finishedAt: number
  /** The client's label (which shopper sent it). */
  label?: string
  /** The start of the answer, for failures. */
  failure?: string
}
/** `body` is the parsed JSON, of type T when the status is 2xx. */
export type Answer<T = unknown> = { status: number; body: T; text: string; upstream?: string }

/** Store API calls through the balancer, each one written to `records` with `label`. */
export class StoreClient {
  constructor(
    readonly records: RequestRecord[] = [],
    readonly label?: string,
    readonly baseUrl = required("BACKEND_URL")
  ) {}

  async send<T = unknown>(method: "GET" | "POST", path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer<T>> {
    const startedAt = Date.now()
    let answer: Answer<T>
    try {
      const response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers: { "content-type": "application/json", "x-publishable-api-key": required("PUBLISHABLE_KEY"), ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      const text = await response.text()
      let parsed: unknown
      try {
        parsed = JSON.parse(text)
      } catch {
        // not JSON
      }
      answer = { status: response.status, body: parsed as T, text, upstream: answeredBy(response) }
    } catch (error) {
      // The connection dropped: status 0.
      answer = { status: 0, body: undefined as T, text: (error as Error).message }
    }
    const failure = answer.status >= 200 && answer.status < 300 ? undefined : answer.text.slice(0, 200)
    this.records.push({ method, path, status: answer.status, upstream: answer.upstream, startedAt, finishedAt: Date.now(), label: this.label, failure })
    return answer
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
/** What a dying instance or a lock held by one looks like: worth checking and trying again. */
const transient = (status: number) => status === 0 || status === 409 || status >= 500

/**
 * Sends a step until it succeeds. After a transient failure `alreadyDone` looks at the cart
 * first: the request may have been carried out by the instance that died before it answered.
 */
async function step<T>(what: string, send: () => Promise<Answer<T>>, alreadyDone?: () => Promise<boolean>): Promise<Answer<T> | undefined> {
  let last: Answer<T> | undefined
  for (let attempt = 0; attempt < 12; attempt++) {
    last = await send()
    if (last.status >= 200 && last.status < 300) return last
    if (!transient(last.status)) throw new Error(`${what} answered ${last.status}: ${last.text.slice(0, 300)}`)
    if (alreadyDone && (await alreadyDone())) return undefined
    await sleep(250 * (attempt + 1))
  }
  throw new Error(`${what} kept failing: ${last?.status} ${last?.text.slice(0, 300)}`)
}

export type CheckoutPlan = { email: string; regionId: string; variantId: string; quantity: number }
export type CheckoutResult = { orderId: string; cartId: string; cartCreatedBy?: string; completedBy?: string; completedAt: number }

/** A guest checkout with the system payment provider, through `client`. */
type Cart = { id: string; items?: { variant_id: string; quantity: number }[]; shipping_methods?: { id: string }[] }

export async function guestCheckout(
  client: StoreClient,
  plan: CheckoutPlan,
  hooks: { beforeComplete?: (cart: { id: string; createdBy?: string }) => Promise<void> } = {}
): Promise<CheckoutResult> {
  const created = (await step("create cart", () => client.send<{ cart: Cart }>("POST", "/store/carts", { region_id: plan.regionId, email: plan.email })))!
  const cartId = created.body.cart.id
  const cart = async (fields: string) => (await client.send<{ cart: Cart }>("GET", `/store/carts/${cartId}?fields=${fields}`)).body?.cart

  await step(
    "add line item",
    () => client.send("POST", `/store/carts/${cartId}/line-items`, { variant_id: plan.variantId, quantity: plan.quantity }),
    async () => (await cart("id,*items"))?.items?.some((item) => item.variant_id === plan.variantId) ?? false
  )
  await step("address", () =>
    client.send("POST", `/store/carts/${cartId}`, { shipping_address: addresses.newYork, billing_address: addresses.newYork })
  )
  const options = (await step("shipping options", () =>
    client.send<{ shipping_options: { id: string; name: string }[] }>("GET", `/store/shipping-options?cart_id=${cartId}`)
  ))!
  const option = options.body.shipping_options.find((o) => o.name === "Standard shipping")
  if (!option) throw new Error(`no standard shipping for cart ${cartId}`)
  await step(
    "shipping method",
    () => client.send("POST", `/store/carts/${cartId}/shipping-methods`, { option_id: option.id }),
    async () => ((await cart("id,*shipping_methods"))?.shipping_methods?.length ?? 0) > 0
  )
  const collection = (await step("payment collection", () =>
    client.send<{ payment_collection: { id: string } }>("POST", "/store/payment-collections", { cart_id: cartId })
  ))!
  await step("payment session", () =>
    client.send("POST", `/store/payment-collections/${collection.body.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
  )

  await hooks.beforeComplete?.({ id: cartId, createdBy: created.upstream })
  // Completing a completed cart answers with its order, so this step is safe to repeat.
  const completed = (await step("complete", () =>
    client.send<{ type: "order"; order: { id: string } } | { type: "cart"; error: unknown }>("POST", `/store/carts/${cartId}/complete`)
  ))!
  if (completed.body.type !== "order") throw new Error(`cart ${cartId} did not complete: ${completed.text.slice(0, 300)}`)
  return { orderId: completed.body.order.id, cartId, cartCreatedBy: created.upstream, completedBy: completed.upstream, completedAt: Date.now() }
}

/** An admin JWT, through the balancer. */
export async function adminToken(): Promise<string> {
  const response = await fetch(`${required("BACKEND_URL")}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: required("ADMIN_EMAIL"), password: required("ADMIN_PASSWORD") }),
  })
  if (!response.ok) throw new Error(`admin login answered ${response.status}`)
  return ((await response.json()) as { token: string }).token
}

/** An Admin API call with `token`, through the balancer unless `baseUrl` says otherwise. */
export async function admin<T>(token: string, path: string, init: RequestInit = {}, baseUrl = required("BACKEND_URL")): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    ...init,
    headers: { "content-type": "application/json", authorization: `Bearer ${token}`, ...init.headers },
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${init.method ?? "GET"} ${path} answered ${response.status}: ${text.slice(0, 300)}`)
  return JSON.parse(text) as T
}

/** Polls until `check` passes (it throws until then); fails with the last error after `ms`. */
export async function eventually<T>(ms: number, check: () => Promise<T>, intervalMs = 200): Promise<T> {
  const started = Date.now()
  let last: unknown
  while (Date.now() - started < ms) {
    try {
      return await check()
    } catch (error) {
      last = error
    }
    await sleep(intervalMs)
  }
  throw last
}

/** A product of its own with `stock` in stock, made through the balancer. */
export async function productWithStock(stock: number) {
  return publishedProductWithStock(await adminClient(), { title: "Cluster Cushion", stock, prices: { usd: 40, eur: 40 } })
}

export async function usRegionId(client: StoreClient): Promise<string> {
  const { body } = await client.send<{ regions: { id: string; currency_code: string }[] }>("GET", "/store/regions?fields=id,currency_code")
  const region = body.regions.find((r) => r.currency_code === "usd")
  if (!region) throw new Error("no USD region")
  return region.id
}
