/**
 * Every Store API route the storefront calls (storefront/src/lib/medusa) gets malformed JSON,
 * wrong types, unknown fields and oversized bodies. Whatever arrives, the answer is a 4xx
 * with a JSON message or a normal success: never a 5xx, never a stack trace or a file path.
 *
 * Property-based with fast-check, a fixed number of runs per route. The seed is printed;
 * FUZZ_SEED=<seed> replays a run.
 */
import assert from "node:assert/strict"
import { before, describe, it } from "node:test"
import Medusa from "@medusajs/js-sdk"
import fc from "fast-check"
import {
  addresses,
  backendUrl,
  publishableKey,
  rawStore,
  regionByCurrency,
  storeClient,
  variantBySku,
} from "../../../tests/support/shop-clients"

const seed = Number(process.env.FUZZ_SEED) || Math.floor(Math.random() * 2 ** 31)
const RUNS_PER_ROUTE = 20
/** Routes that refresh a whole cart on every call take ~0.5 s each: fewer runs keep the file short. */
const RUNS_PER_CART_REFRESH = 8
/** Express's JSON body limit is 100 kB; this is well past it. */
const OVERSIZED_BYTES = 300_000

type Ids = {
  cartId: string
  /** Never gets a payment collection, so no fuzzed request can complete it and take stock. */
  unpaidCartId: string
  lineItemId: string
  variantId: string
  regionId: string
  shippingOptionId: string
  paymentCollectionId: string
  customerToken: string
  registrationToken: string
  addressId: string
}

type Route = {
  method: "GET" | "POST" | "DELETE"
  /** With `:cartId`-style placeholders for the ids made in `before`. */
  path: string
  /** The customer's token (logged in) or a fresh identity's (registering). */
  auth?: "customer" | "registration"
  /** A request the storefront would send: the fuzzer keeps, retypes, drops and adds to its fields. */
  valid: (ids: Ids) => Record<string, unknown>
  runs?: number
}

const address = { ...addresses.berlin, company: "Stillpoint", address_2: "Hinterhaus" }

const searchQuery = {
  entity: "product",
  fields: ["id", "handle", "title", "price_eur"],
  filters: { q: "zafu", fill: { $overlaps: ["Kapok"] }, price_eur: { $gte: 10, $lte: 200 } },
  pagination: { skip: 0, take: 5 },
  search_options: {
    typo_tolerance: true,
    match_strategy: "last",
    highlight: { fields: ["title", "description"], snippet: { length: 16 } },
    count: "exact",
    facets: ["category_handles", "fill", { field: "price_eur", type: "stats" }],
    disjunctive_facets: true,
  },
}

const routes: Route[] = [
  { method: "GET", path: "/store/regions", valid: () => ({ fields: "id,name,currency_code,*countries", limit: 20 }) },
  {
    method: "GET",
    path: "/store/products",
    valid: (ids) => ({ region_id: ids.regionId, fields: "id,handle,*variants.calculated_price", limit: 200, order: "created_at" }),
  },
  { method: "GET", path: "/store/products", valid: (ids) => ({ handle: "wooden-mala", region_id: ids.regionId, limit: 1 }) },
  { method: "GET", path: "/store/product-categories", valid: () => ({ fields: "id,name,handle", limit: 100 }) },
  { method: "GET", path: "/store/shipping-options", valid: (ids) => ({ cart_id: ids.cartId }) },
  { method: "GET", path: "/store/payment-providers", valid: (ids) => ({ region_id: ids.regionId }) },
  { method: "GET", path: "/store/carts/:cartId", valid: () => ({ fields: "id,total,*items" }) },
  { method: "POST", path: "/store/carts", valid: (ids) => ({ region_id: ids.regionId, email: "buyer@example.com" }) },
  {
    method: "POST",
    path: "/store/carts/:cartId",
    valid: (ids) => ({ region_id: ids.regionId, email: "buyer@example.com", shipping_address: address, billing_address: address }),
  },
  { method: "POST", path: "/store/carts/:cartId/line-items", valid: (ids) => ({ variant_id: ids.variantId, quantity: 1 }) },
  { method: "POST", path: "/store/carts/:cartId/line-items/:lineItemId", valid: () => ({ quantity: 2 }) },
  { method: "DELETE", path: "/store/carts/:cartId/line-items/:lineItemId", valid: () => ({}), runs: RUNS_PER_CART_REFRESH },
  { method: "POST", path: "/store/carts/:cartId/promotions", valid: () => ({ promo_codes: ["WELCOME10"] }) },
  { method: "DELETE", path: "/store/carts/:cartId/promotions", valid: () => ({ promo_codes: ["WELCOME10"] }) },
  { method: "POST", path: "/store/carts/:cartId/shipping-methods", valid: (ids) => ({ option_id: ids.shippingOptionId }), runs: RUNS_PER_CART_REFRESH },
  { method: "POST", path: "/store/carts/:cartId/customer", auth: "customer", valid: () => ({}) },
  { method: "POST", path: "/store/payment-collections", valid: (ids) => ({ cart_id: ids.cartId }) },
  {
    method: "POST",
    path: "/store/payment-collections/:paymentCollectionId/payment-sessions",
    valid: () => ({ provider_id: "pp_system_default" }),
  },
  { method: "POST", path: "/store/carts/:unpaidCartId/complete", valid: () => ({}), runs: RUNS_PER_CART_REFRESH },
  { method: "POST", path: "/auth/customer/emailpass/register", valid: () => ({ email: "someone@example.com", password: "a long passphrase" }) },
  { method: "POST", path: "/auth/customer/emailpass", valid: () => ({ email: "someone@example.com", password: "a long passphrase" }) },
  {
    method: "POST",
    path: "/store/customers",
    auth: "registration",
    valid: () => ({ email: "someone@example.com", first_name: "Lena", last_name: "Vogel", phone: "+49 30 1234567" }),
  },
  { method: "GET", path: "/store/customers/me", auth: "customer", valid: () => ({ fields: "id,email,first_name,last_name" }) },
  { method: "GET", path: "/store/customers/me/addresses", auth: "customer", valid: () => ({ limit: 50 }) },
  { method: "POST", path: "/store/customers/me/addresses", auth: "customer", valid: () => ({ ...address }) },
  { method: "DELETE", path: "/store/customers/me/addresses/:addressId", auth: "customer", valid: () => ({}) },
  { method: "GET", path: "/store/orders", auth: "customer", valid: () => ({ fields: "id,display_id,total", limit: 10, order: "-created_at" }) },
  { method: "POST", path: "/store/search", valid: () => ({ queries: [searchQuery, { ...searchQuery, entity: "post", fields: ["id", "slug"] }] }) },
]

/** Values of every JSON type and a few that break naive code: NUL bytes, huge numbers, odd text. */
const hostileScalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(null, "", -1, 0, 1.5, 1e308, -1e308, 2 ** 53, true, [], {}, "\u0000", "a\u0000b", "%s%n", "𝕊🧘", "'; drop table cart; --", "<script>", "__proto__"),
  fc.integer(),
  fc.string({ unit: "binary" })
)

/** In a body, also text long enough to overflow a database column (a URL that long is refused by Node itself). */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(hostileScalar, fc.constant("x".repeat(20_000)))

const unknownKey = fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom("__proto__", "constructor", "id", "$where", "fields", "*"))

/** The valid value, retyped, or (objects, arrays) with its parts fuzzed the same way. */
function mutate(valid: unknown, depth = 0): fc.Arbitrary<unknown> {
  if (Array.isArray(valid) && valid.length > 0) {
    return fc.oneof(fc.array(mutate(valid[0], depth + 1), { maxLength: 4 }), hostileValue)
  }
  if (valid && typeof valid === "object" && depth < 4) return fc.oneof(mutatedObject(valid as Record<string, unknown>, depth + 1), hostileValue)
  return fc.oneof(fc.constant(valid), hostileValue)
}

/** Some known fields kept or retyped, some dropped, some unknown ones added. */
function mutatedObject(valid: Record<string, unknown>, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const known = Object.fromEntries(Object.entries(valid).map(([key, value]) => [key, mutate(value, depth)]))
  return fc
    .tuple(fc.record(known, { requiredKeys: [] }), fc.dictionary(unknownKey, hostileValue, { maxKeys: 3 }))
    .map(([fields, extra]) => ({ ...extra, ...fields }))
}

type FuzzRequest = {
  contentType: string
  body?: string
  query?: string
  /** Replaces an id in the path; already encoded, or deliberately badly encoded. */
  pathId?: { key: keyof Ids; segment: string }
}

/** Ids that are not ids: other types, odd text, encoded slashes, malformed percent-encoding. */
const hostilePathSegment = fc
  .oneof(
    hostileScalar.map((value) => encodeURIComponent(typeof value === "string" ? value : JSON.stringify(value))),
    fc.constantFrom("%E0%A4%A", "%", "..%2F..%2Fetc%2Fpasswd", "%00", "null", "undefined", "-1", "[object Object]", `cart_${"x".repeat(2000)}`)
  )
  // "", "." and ".." would not replace the id but change the route (URLs resolve dot segments).
  .filter((segment) => !/^(|\.|%2e){0,2}$/i.test(segment))

const pathKeys = (route: Route) => [...route.path.matchAll(/:(\w+)/g)].map((match) => match[1] as keyof Ids)

/** Text that is not JSON: cut-off documents, stray tokens, random bytes. */
function malformedJson(valid: Record<string, unknown>): fc.Arbitrary<string> {
  const text = JSON.stringify(valid)
  return fc
    .oneof(
      fc.integer({ min: 1, max: Math.max(1, text.length - 1) }).map((cut) => text.slice(0, cut)),
      fc.constantFrom("{", "[", "{]", "nul", '{"a":}', "{'single': 1}", '{"a":1,}', "\u0000", "{\"a\":\"\\ud800\"}", "NaN", "1e999999"),
      fc.string({ unit: "binary", maxLength: 200 })
    )
    .filter((candidate) => {
      try {
        JSON.parse(candidate)
        return false
      } catch {
        return true
      }
    })
}

/** A query string of fuzzed parameters, some with bracketed keys, some badly percent-encoded. */
function fuzzedQuery(valid: Record<string, unknown>): fc.Arbitrary<string> {
  const encode = (value: unknown) => encodeURIComponent(typeof value === "string" ? value : JSON.stringify(value) ?? "")
  const pair = fc.oneof(
    fc.tuple(fc.constantFrom(...Object.keys(valid), "fields", "limit", "offset", "order", "q", "expand", "id"), hostileScalar).map(([key, value]) => `${key}=${encode(value)}`),
    fc.tuple(fc.constantFrom(...Object.keys(valid), "fields", "id"), unknownKey, hostileScalar).map(([key, sub, value]) => `${key}[${encodeURIComponent(sub)}]=${encode(value)}`),
    fc.constantFrom("limit=-1", "limit=1e9", "offset=-5", "limit=abc", "fields=*nope", "fields=+nope.deeper", "order=-nope", "fields=%E0%A4%A", "%zz=1", "q=%00")
  )
  const keptValid = fc.subarray(Object.entries(valid).map(([key, value]) => `${key}=${encode(value)}`))
  return fc.tuple(keptValid, fc.array(pair, { maxLength: 4 })).map(([kept, fuzzed]) => [...kept, ...fuzzed].join("&"))
}

function fuzzedRequest(route: Route, valid: Record<string, unknown>): fc.Arbitrary<FuzzRequest> {
  const keys = pathKeys(route)
  if (!keys.length) return fuzzedInput(route, valid)
  const pathId = fc.record({ key: fc.constantFrom(...keys), segment: hostilePathSegment })
  return fc.tuple(fuzzedInput(route, valid), fc.option(pathId, { freq: 4 })).map(([input, id]) => (id ? { ...input, pathId: id } : input))
}

function fuzzedInput(route: Route, valid: Record<string, unknown>): fc.Arbitrary<FuzzRequest> {
  if (route.method === "GET") return fuzzedQuery(valid).map((query) => ({ contentType: "application/json", query }))
  return fc.oneof(
    { weight: 4, arbitrary: mutatedObject(valid).map((body) => ({ contentType: "application/json", body: JSON.stringify(body) })) },
    { weight: 2, arbitrary: malformedJson(valid).map((body) => ({ contentType: "application/json", body })) },
    {
      weight: 1,
      arbitrary: fc.oneof(fc.array(hostileValue, { maxLength: 3 }), hostileValue).map((body) => ({ contentType: "application/json", body: JSON.stringify(body) ?? "null" })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom("text/plain", "application/x-www-form-urlencoded", "application/xml", "multipart/form-data"), fc.oneof(malformedJson(valid), fc.constant("a[b][c]=1&a[b][d]=2&quantity=1")))
        .map(([contentType, body]) => ({ contentType, body })),
    }
  )
}

type Answer = { status: number; text: string; contentType: string }

const filledPath = (route: Route, ids: Ids, pathId?: FuzzRequest["pathId"]) =>
  route.path.replace(/:(\w+)/g, (_, key: keyof Ids) => (pathId?.key === key ? pathId.segment : ids[key]))

async function send(route: Route, ids: Ids, request: FuzzRequest): Promise<Answer> {
  const token = route.auth === "customer" ? ids.customerToken : route.auth === "registration" ? ids.registrationToken : undefined
  const query = request.query ? `?${request.query}` : ""
  const response = await fetch(`${backendUrl()}${filledPath(route, ids, request.pathId)}${query}`, {
    method: route.method,
    headers: {
      "content-type": request.contentType,
      "x-publishable-api-key": publishableKey(),
      ...(token && { authorization: `Bearer ${token}` }),
    },
    body: request.body,
  })
  return { status: response.status, text: await response.text(), contentType: response.headers.get("content-type") ?? "" }
}

/** Stack frames ("    at fn (file:1:2)") and source paths are for the log, never for a client. */
const LEAKS = [/\n\s+at /, / {4}at \S/, /node_modules/, /\/(work|home|usr|app|src)\//, /\.[cm]?[jt]s:\d+/]

/** The rules every answer keeps; returns why one did not, or null. */
function fault(answer: Answer, sent: string): string | null {
  if (answer.status >= 500) return `answered ${answer.status}`
  const leak = LEAKS.find((pattern) => pattern.test(answer.text) && !pattern.test(sent))
  if (leak) return `leaked ${leak} into the body`
  if (answer.status >= 400) {
    if (!answer.contentType.includes("application/json")) return `a ${answer.status} that is not JSON (${answer.contentType || "no content type"})`
    let message: unknown
    try {
      message = (JSON.parse(answer.text) as { message?: unknown }).message
    } catch {
      return `a ${answer.status} whose JSON does not parse`
    }
    if (typeof message !== "string" || !message.trim()) return `a ${answer.status} without a message`
  }
  return null
}

const describeRequest = (route: Route, ids: Ids, request: FuzzRequest) =>
  `${route.method} ${filledPath(route, ids, request.pathId).slice(0, 300)}${request.query ? `?${request.query}` : ""} (${request.contentType}) ${request.body?.slice(0, 300) ?? ""}`

describe(`Store API fuzzing (seed ${seed}; FUZZ_SEED=${seed} replays it)`, { concurrency: false }, () => {
  const sdk = storeClient()
  const ids = {} as Ids

  before(async () => {
    const eu = await regionByCurrency(sdk, "eur")
    ids.regionId = eu.id
    ids.variantId = (await variantBySku(sdk, "ACC-MAL-SAN", eu.id)).variant.id
    const { cart } = await sdk.store.cart.create({ region_id: eu.id })
    ids.cartId = cart.id
    const withItem = await sdk.store.cart.createLineItem(cart.id, { variant_id: ids.variantId, quantity: 1 })
    ids.lineItemId = withItem.cart.items![0].id
    await sdk.store.cart.update(cart.id, { email: "fuzz@example.com", shipping_address: addresses.berlin, billing_address: addresses.berlin })
    const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cart.id })
    ids.shippingOptionId = shipping_options[0].id
    const collection = await sdk.client.fetch<{ payment_collection: { id: string } }>("/store/payment-collections", {
      method: "POST",
      body: { cart_id: cart.id },
    })
    ids.paymentCollectionId = collection.payment_collection.id
    const unpaid = await sdk.store.cart.create({ region_id: eu.id, email: "fuzz@example.com" })
    ids.unpaidCartId = unpaid.cart.id
    await sdk.store.cart.createLineItem(unpaid.cart.id, { variant_id: ids.variantId, quantity: 1 })

    const email = `fuzz-${Date.now()}@example.com`
    const registration = await sdk.auth.register("customer", "emailpass", { email, password: "a long passphrase" })
    await sdk.client.fetch("/store/customers", { method: "POST", headers: { authorization: `Bearer ${registration}` }, body: { email } })
    const login = await sdk.auth.login("customer", "emailpass", { email, password: "a long passphrase" })
    assert.ok(typeof login === "string", "logging in asked for another step")
    ids.customerToken = login
    const { customer } = await sdk.client.fetch<{ customer: { addresses: { id: string }[] } }>("/store/customers/me/addresses", {
      method: "POST",
      headers: { authorization: `Bearer ${ids.customerToken}` },
      body: { ...address },
    })
    ids.addressId = customer.addresses[0].id
    // An identity without a customer yet: POST /store/customers takes its token.
    ids.registrationToken = await sdk.auth.register("customer", "emailpass", { email: `fuzz-new-${Date.now()}@example.com`, password: "a long passphrase" })
  })

  for (const [index, route] of routes.entries()) {
    it(`${route.method} ${route.path} (#${index}): fuzzed input gets a 4xx with a message, never a 5xx`, async () => {
      const valid = route.valid(ids)
      await fc.assert(
        fc.asyncProperty(fuzzedRequest(route, valid), async (request) => {
          const answer = await send(route, ids, request)
          const problem = fault(answer, `${request.pathId?.segment ?? ""} ${request.query ?? ""} ${request.body ?? ""}`)
          assert.equal(problem, null, `${describeRequest(route, ids, request)}\n  -> ${problem}: ${answer.status} ${answer.text.slice(0, 600)}`)
        }),
        { numRuns: route.runs ?? RUNS_PER_ROUTE, seed: seed + index, interruptAfterTimeLimit: 60_000 }
      )
    })
  }

  for (const route of routes.filter((r) => r.method !== "GET")) {
    it(`${route.method} ${route.path}: an oversized body gets 413 with a message`, async () => {
      const body = JSON.stringify({ ...route.valid(ids), padding: "x".repeat(OVERSIZED_BYTES) })
      const answer = await send(route, ids, { contentType: "application/json", body })
      assert.equal(answer.status, 413, `${answer.status} ${answer.text.slice(0, 300)}`)
      assert.equal(fault(answer, ""), null, answer.text.slice(0, 300))
    })
  }
})

/** What the fuzzer found, pinned down so a fix cannot quietly go away whatever the seed. */
describe("Store API answers the fuzzer's findings with a 4xx", () => {
  const sdk = storeClient()
  const clientError = (answer: { status: number; body: unknown; text: string }, status: number, reason?: RegExp) => {
    assert.equal(answer.status, status, answer.text.slice(0, 300))
    assert.equal(typeof (answer.body as { message?: unknown }).message, "string", answer.text.slice(0, 300))
    if (reason) assert.match((answer.body as { message: string }).message, reason)
  }

  const cases: { name: string; path: string; init?: RequestInit; status: number; reason?: RegExp }[] = [
    { name: "a negative limit", path: "/store/products?limit=-1", status: 400, reason: /limit cannot be negative/ },
    { name: "a negative offset", path: "/store/regions?offset=-5", status: 400, reason: /offset cannot be negative/ },
    { name: "a limit that is not a whole number", path: "/store/product-categories?limit=2.5", status: 400, reason: /limit must be a whole number/ },
    { name: "a NUL character in a search", path: "/store/product-categories?q=a%00b", status: 400 },
    { name: "a NUL character in a body", path: "/store/carts", init: { method: "POST", body: JSON.stringify({ metadata: { note: "a\u0000b" } }) }, status: 400 },
    { name: "a badly percent-encoded id", path: "/store/carts/%E0%A4%A", status: 400 },
    // 6,000 levels overflowed the workflow engine's stack: a 500.
    {
      name: "metadata nested 6,000 levels deep",
      path: "/store/carts",
      init: { method: "POST", body: `{"metadata":${'{"a":'.repeat(6000)}1${"}".repeat(6000)}}` },
      status: 400,
      reason: /more than 32 levels deep/,
    },
    // Medusa's validator failed to print these wrong values and answered 500 (fuzz seed 1568994299).
    { name: "a field named toString", path: "/store/carts", init: { method: "POST", body: JSON.stringify({ metadata: { toString: false } }) }, status: 400 },
    { name: "a variant id that is an object with toString", path: "/store/carts/cart_nope/line-items", init: { method: "POST", body: '{"variant_id":[{"toString":false}],"quantity":1}' }, status: 400 },
    { name: "promotions on a cart that does not exist", path: "/store/carts/cart_nope/promotions", init: { method: "POST", body: JSON.stringify({ promo_codes: [] }) }, status: 404 },
    {
      name: "a payment session on a collection that does not exist",
      path: "/store/payment-collections/pay_col_nope/payment-sessions",
      init: { method: "POST", body: JSON.stringify({ provider_id: "pp_system_default" }) },
      status: 404,
    },
  ]
  for (const c of cases) {
    it(`${c.name} -> ${c.status}`, async () => clientError(await rawStore(c.path, c.init), c.status, c.reason))
  }

  it("the Admin API refuses a NUL character with a 400 too", async () => {
    const login = await fetch(`${backendUrl()}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD }),
    })
    const { token } = (await login.json()) as { token: string }
    const response = await fetch(`${backendUrl()}/admin/products?q=a%00b`, { headers: { authorization: `Bearer ${token}` } })
    const text = await response.text()
    assert.equal(response.status, 400, text.slice(0, 300))
    assert.match(text, /NUL/)
  })

  it("a line item is removed only through its own cart", async () => {
    const eu = await regionByCurrency(sdk, "eur")
    const variantId = (await variantBySku(sdk, "ACC-MAL-SAN", eu.id)).variant.id
    const { cart: shoppers } = await sdk.store.cart.createLineItem((await sdk.store.cart.create({ region_id: eu.id })).cart.id, { variant_id: variantId, quantity: 1 })
    const itemId = shoppers.items![0].id
    const { cart: strangers } = await sdk.store.cart.create({ region_id: eu.id })
    clientError(await rawStore(`/store/carts/${strangers.id}/line-items/${itemId}`, { method: "DELETE" }), 404)
    clientError(await rawStore(`/store/carts/cart_nope/line-items/${itemId}`, { method: "DELETE" }), 404)
    const { cart } = await sdk.store.cart.retrieve(shoppers.id, { fields: "id,*items" })
    assert.deepEqual(cart.items?.map((item) => item.id), [itemId], "another cart's request removed the shopper's item")
  })

  it("a customer who signs in again takes over a cart again", async () => {
    const eu = await regionByCurrency(sdk, "eur")
    const email = `second-login-${Date.now()}@example.com`
    const registration = await sdk.auth.register("customer", "emailpass", { email, password: "a long passphrase" })
    await sdk.client.fetch("/store/customers", { method: "POST", headers: { authorization: `Bearer ${registration}` }, body: { email } })
    const token = await sdk.auth.login("customer", "emailpass", { email, password: "a long passphrase" })
    assert.ok(typeof token === "string", "logging in asked for another step")
    const anonymous = new Medusa({ baseUrl: backendUrl(), publishableKey: publishableKey() })
    const [firstCart, secondCart] = await Promise.all([1, 2].map(async () => (await anonymous.store.cart.create({ region_id: eu.id })).cart.id))
    const attempts: [string, string][] = [
      ["first sign-in", firstCart],
      ["second sign-in, another cart", secondCart],
      ["second sign-in, the same cart", secondCart],
    ]
    for (const [attempt, cartId] of attempts) {
      const answer = await rawStore(`/store/carts/${cartId}/customer`, { method: "POST", headers: { authorization: `Bearer ${token}` } })
      assert.equal(answer.status, 200, `${attempt}: ${answer.text.slice(0, 300)}`)
      assert.equal((answer.body as { cart?: { email?: string } }).cart?.email, email, attempt)
    }
  })
})
