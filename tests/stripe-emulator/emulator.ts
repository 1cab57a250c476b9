/**
 * A local emulator of the parts of Stripe's API that Medusa's Stripe provider and our
 * tests use, speaking Stripe's wire format so the unmodified `stripe` client talks to it:
 * form-encoded bodies with nested keys, Bearer secret keys, Idempotency-Key, Stripe's
 * error objects and status codes, and webhooks signed as Stripe signs them.
 *
 * Stripe's test payment methods decide outcomes: pm_card_visa succeeds,
 * pm_card_chargeDeclined is declined, pm_card_authenticationRequired needs 3D Secure
 * (completed through the emulator-only route POST /_emulator/payment_intents/:id/authenticate,
 * standing in for the customer's bank page that Stripe.js would show).
 */
import { randomBytes } from "node:crypto"
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import qs from "qs"
import { stripeSignature } from "./signature"

type Json = Record<string, unknown>
type PaymentIntent = Json & {
  id: string
  amount: number
  currency: string
  status: string
  capture_method: "automatic" | "manual"
  amount_capturable: number
  amount_received: number
  metadata: Record<string, string>
  payment_method: string | null
  last_payment_error: Json | null
  next_action: Json | null
  latest_charge: string | null
  client_secret: string
}

export type StripeEvent = { id: string; type: string; created: number; data: { object: Json }; object: "event"; api_version: string; livemode: false }

export class StripeApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: Json
  ) {
    super(String(body.message))
  }
}

const now = () => Math.floor(Date.now() / 1000)
const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString("base64url")}`

/** Stripe's card test payment methods and what confirming with each does. */
const TEST_CARDS: Record<string, { brand: string; last4: string; outcome: "success" | "decline" | "3ds" | "insufficient_funds" }> = {
  pm_card_visa: { brand: "visa", last4: "4242", outcome: "success" },
  pm_card_mastercard: { brand: "mastercard", last4: "4444", outcome: "success" },
  pm_card_chargeDeclined: { brand: "visa", last4: "0002", outcome: "decline" },
  pm_card_chargeDeclinedInsufficientFunds: { brand: "visa", last4: "9995", outcome: "insufficient_funds" },
  pm_card_authenticationRequired: { brand: "visa", last4: "3184", outcome: "3ds" },
  pm_card_threeDSecure2Required: { brand: "visa", last4: "3220", outcome: "3ds" },
}

const MINIMUM_AMOUNT: Record<string, number> = { usd: 50, eur: 50 }

/** The currencies Stripe accepts for payments (its list of supported presentment currencies). */
const STRIPE_CURRENCIES = new Set(
  ("usd aed afn all amd ang aoa ars aud awg azn bam bbd bdt bgn bif bmd bnd bob brl bsd bwp byn bzd cad cdf chf clp cny cop " +
    "crc cve czk djf dkk dop dzd egp etb eur fjd fkp gbp gel gip gmd gnf gtq gyd hkd hnl htg huf idr ils inr isk jmd jpy kes " +
    "kgs khr kmf krw kyd kzt lak lbp lkr lrd lsl mad mdl mga mkd mmk mnt mop mur mvr mwk mxn myr mzn nad ngn nio nok npr nzd " +
    "pab pen pgk php pkr pln pyg qar ron rsd rub rwf sar sbd scr sek sgd shp sle sos srd std szl thb tjs top try ttd twd tzs " +
    "uah ugx uyu uzs vnd vuv wst xaf xcd xof xpf yer zar zmw").split(" ")
)

export type EmulatorOptions = {
  /** Where webhooks go, e.g. http://localhost:9000/hooks/payment/stripe_stripe */
  webhookUrl?: string
  webhookSecret?: string
  /** Deliver events automatically as they happen (tests of ordering turn this off and deliver by hand). */
  autoDeliver?: boolean
  /** The account's secret key: like Stripe, the emulator refuses every other key. */
  secretKey: string
  /** The account's publishable key (for Stripe.js's confirm); a fresh random one when not given. */
  publishableKey?: string
}

export class StripeEmulator {
  readonly paymentIntents = new Map<string, PaymentIntent>()
  readonly customers = new Map<string, Json>()
  readonly refunds = new Map<string, Json>()
  readonly events: StripeEvent[] = []
  /** Every API call, for tests that count captures or check what was sent. */
  readonly requests: { method: string; path: string; params: Json }[] = []
  private readonly idempotency = new Map<string, { fingerprint: string; status: number; body: Json }>()
  private server?: Server
  url = ""

  readonly publishableKey: string

  constructor(public options: EmulatorOptions) {
    this.publishableKey = options.publishableKey ?? `pk_test_${randomBytes(12).toString("hex")}`
  }

  async start(port = 0) {
    this.server = createServer((req, res) => void this.handle(req, res))
    await new Promise<void>((resolve) => this.server!.listen(port, "127.0.0.1", resolve))
    const address = this.server.address() as AddressInfo
    this.url = `http://127.0.0.1:${address.port}`
    return { host: "127.0.0.1", port: address.port, protocol: "http" as const }
  }

  async stop() {
    await new Promise((resolve) => this.server?.close(resolve))
  }

  // ─── HTTP ────────────────────────────────────────────────────────────────

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://localhost")
    const raw = await new Promise<string>((resolve) => {
      let body = ""
      req.on("data", (chunk) => (body += chunk))
      req.on("end", () => resolve(body))
    })
    const params = (req.method === "GET" || req.method === "DELETE" ? qs.parse(url.search.slice(1)) : qs.parse(raw)) as Json
    const send = (status: number, body: Json, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "application/json", "request-id": newId("req"), ...headers })
      res.end(JSON.stringify(body))
    }
    try {
      if (url.pathname.startsWith("/_emulator/")) return send(200, await this.control(req.method ?? "GET", url.pathname, params))
      const key = this.authenticate(req.headers.authorization)
      this.requests.push({ method: req.method ?? "GET", path: url.pathname, params })

      const idempotencyKey = req.method === "POST" ? req.headers["idempotency-key"] : undefined
      const fingerprint = `${req.method} ${url.pathname} ${raw}`
      if (typeof idempotencyKey === "string") {
        const previous = this.idempotency.get(`${key}:${idempotencyKey}`)
        if (previous) {
          if (previous.fingerprint !== fingerprint) {
            throw new StripeApiError(400, {
              type: "idempotency_error",
              message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`,
            })
          }
          return send(previous.status, previous.body, { "idempotent-replayed": "true" })
        }
      }
      let status = 200
      let body: Json
      try {
        body = await this.route(req.method ?? "GET", url.pathname, params, key)
      } catch (error) {
        if (!(error instanceof StripeApiError)) throw error
        status = error.status
        body = { error: error.body }
      }
      // Stripe saves the result of a POST under its key, errors included (but not 5xx).
      if (typeof idempotencyKey === "string" && status < 500) {
        this.idempotency.set(`${key}:${idempotencyKey}`, { fingerprint, status, body })
      }
      send(status, body)
    } catch (error) {
      if (error instanceof StripeApiError) return send(error.status, { error: error.body })
      send(500, { error: { type: "api_error", message: (error as Error).message } })
    }
  }

  /** Secret keys for everything; a publishable key only to confirm with the intent's client secret (as Stripe.js does). */
  private authenticate(header: string | undefined) {
    const key = header?.match(/^Bearer (\S+)$/)?.[1]
    if (!key) {
      throw new StripeApiError(401, {
        type: "invalid_request_error",
        message: "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
      })
    }
    if (key === this.options.secretKey) return key
    // route() and intentFor() limit it to what Stripe.js may do, with the intent's client secret.
    if (key === this.publishableKey) return key
    // Stripe's answer to a key that is not the account's: the key masked but for its prefix and last 4.
    throw new StripeApiError(401, { type: "invalid_request_error", message: `Invalid API Key provided: ${key.slice(0, 8)}${"*".repeat(Math.max(0, key.length - 12))}${key.slice(-4)}` })
  }

  private async route(method: string, path: string, params: Json, key: string): Promise<Json> {
    const parts = path.split("/").filter(Boolean)
    if (parts[0] !== "v1") throw notFound(path)
    const [, resource, id, action] = parts
    const publishable = key.startsWith("pk_")
    if (publishable && !(resource === "payment_intents" && (action === "confirm" || (!action && method === "GET")))) {
      throw new StripeApiError(401, { type: "invalid_request_error", message: "This API call cannot be made with a publishable API key." })
    }
    switch (resource) {
      case "payment_intents":
        if (method === "POST" && !id) return this.createPaymentIntent(params)
        if (method === "GET" && id && !action) return this.withExpansions(this.intentFor(id, params, publishable), params)
        if (method === "POST" && id && !action) return this.updatePaymentIntent(id, params)
        if (method === "POST" && action === "confirm") return this.confirmPaymentIntent(this.intentFor(id, params, publishable), params)
        if (method === "POST" && action === "capture") return this.capturePaymentIntent(id, params)
        if (method === "POST" && action === "cancel") return this.cancelPaymentIntent(id)
        break
      case "refunds":
        if (method === "POST" && !id) return this.createRefund(params)
        if (method === "GET" && !id) return list([...this.refunds.values()].filter((r) => !params.payment_intent || r.payment_intent === params.payment_intent))
        if (method === "GET" && id) return this.refunds.get(id) ?? missing("refund", id)
        break
      case "customers":
        if (method === "POST" && !id) return this.createCustomer(params)
        if (method === "GET" && id && action === "payment_methods") return list([])
        if (method === "GET" && id) return this.customers.get(id) ?? missing("customer", id)
        if (method === "POST" && id) return this.updateCustomer(id, params)
        if (method === "DELETE" && id) {
          this.customers.delete(id)
          return { id, object: "customer", deleted: true }
        }
        break
      case "payment_methods":
        if (method === "GET" && id) return paymentMethod(id)
        break
    }
    throw notFound(path)
  }

  // ─── Payment intents ─────────────────────────────────────────────────────

  private intentFor(id: string, params: Json, publishable: boolean) {
    const intent = this.paymentIntents.get(id)
    if (!intent) return missing("payment_intent", id)
    if (publishable && params.client_secret !== intent.client_secret) {
      throw new StripeApiError(400, { type: "invalid_request_error", code: "resource_missing", message: "The client_secret provided does not match the client_secret associated with the PaymentIntent.", param: "client_secret" })
    }
    return intent
  }

  private withExpansions(intent: PaymentIntent, params: Json): Json {
    const expand = ([] as unknown[]).concat(params.expand ?? [])
    return expand.includes("payment_method") && intent.payment_method ? { ...intent, payment_method: paymentMethod(intent.payment_method) } : intent
  }

  private createPaymentIntent(params: Json) {
    const amount = integerParam(params.amount, "amount")
    const currency = String(params.currency ?? "").toLowerCase()
    if (!currency) throw invalid("Missing required param: currency.", "currency", "parameter_missing")
    if (!STRIPE_CURRENCIES.has(currency)) throw invalid(`Invalid currency: ${currency}. Stripe currently supports these currencies: usd, eur, …`, "currency")
    if (amount < (MINIMUM_AMOUNT[currency] ?? 1)) {
      throw invalid(`Amount must be at least ${MINIMUM_AMOUNT[currency] ?? 1} ${currency}`, "amount", "amount_too_small")
    }
    const captureMethod = params.capture_method === "manual" ? "manual" : "automatic"
    const id = newId("pi")
    const intent: PaymentIntent = {
      id,
      object: "payment_intent",
      amount,
      amount_capturable: 0,
      amount_received: 0,
      currency,
      status: "requires_payment_method",
      capture_method: captureMethod,
      client_secret: `${id}_secret_${randomBytes(12).toString("base64url")}`,
      confirmation_method: "automatic",
      created: now(),
      customer: typeof params.customer === "string" ? params.customer : null,
      description: typeof params.description === "string" ? params.description : null,
      last_payment_error: null,
      latest_charge: null,
      livemode: false,
      metadata: (params.metadata as Record<string, string>) ?? {},
      next_action: null,
      payment_method: null,
      payment_method_types: ([] as string[]).concat((params.payment_method_types as string[]) ?? ["card"]),
    }
    this.paymentIntents.set(id, intent)
    this.emit("payment_intent.created", intent)
    if (typeof params.payment_method === "string") intent.payment_method = params.payment_method
    if (params.confirm === "true" && intent.payment_method) return this.withExpansions(this.confirmPaymentIntent(intent, {}), params)
    return this.withExpansions(intent, params)
  }

  private updatePaymentIntent(id: string, params: Json) {
    const intent = this.paymentIntents.get(id) ?? missing("payment_intent", id)
    if (!["requires_payment_method", "requires_confirmation", "requires_action"].includes(intent.status)) {
      throw unexpectedState(intent, `You cannot update this PaymentIntent because it has a status of ${intent.status}.`)
    }
    if (params.amount !== undefined) intent.amount = integerParam(params.amount, "amount")
    if (params.metadata) intent.metadata = { ...intent.metadata, ...(params.metadata as Record<string, string>) }
    if (typeof params.description === "string") intent.description = params.description
    return this.withExpansions(intent, params)
  }

  private confirmPaymentIntent(intent: PaymentIntent, params: Json): PaymentIntent {
    if (!["requires_payment_method", "requires_confirmation", "requires_action"].includes(intent.status)) {
      throw unexpectedState(intent, `You cannot confirm this PaymentIntent because it has a status of ${intent.status}.`)
    }
    const pm = typeof params.payment_method === "string" ? params.payment_method : intent.payment_method
    if (!pm) throw invalid("You cannot confirm this PaymentIntent because it's missing a payment method.", "payment_method", "payment_intent_unexpected_state")
    const card = TEST_CARDS[pm]
    if (!card) throw invalid(`No such PaymentMethod: '${pm}'`, "payment_method", "resource_missing")
    intent.payment_method = pm
    intent.last_payment_error = null
    if (card.outcome === "decline" || card.outcome === "insufficient_funds") {
      const declineCode = card.outcome === "decline" ? "generic_decline" : "insufficient_funds"
      const message = card.outcome === "decline" ? "Your card was declined." : "Your card has insufficient funds."
      const error = { type: "card_error", code: "card_declined", decline_code: declineCode, message, payment_method: paymentMethod(pm), doc_url: "https://stripe.com/docs/error-codes/card-declined" }
      intent.status = "requires_payment_method"
      intent.last_payment_error = error
      intent.payment_method = null
      this.emit("payment_intent.payment_failed", intent)
      throw new StripeApiError(402, { ...error, payment_intent: { ...intent } })
    }
    if (card.outcome === "3ds") {
      intent.status = "requires_action"
      intent.next_action = { type: "use_stripe_sdk", use_stripe_sdk: { type: "three_d_secure_redirect", stripe_js: `${this.url}/_emulator/3ds/${intent.id}` } }
      this.emit("payment_intent.requires_action", intent)
      return intent
    }
    return this.authorize(intent)
  }

  /** The card was accepted: hold the funds (manual capture) or take them (automatic). */
  private authorize(intent: PaymentIntent) {
    intent.next_action = null
    intent.latest_charge = newId("ch")
    if (intent.capture_method === "manual") {
      intent.status = "requires_capture"
      intent.amount_capturable = intent.amount
      this.emit("payment_intent.amount_capturable_updated", intent)
    } else {
      intent.status = "succeeded"
      intent.amount_received = intent.amount
      this.emit("payment_intent.succeeded", intent)
    }
    return intent
  }

  private capturePaymentIntent(id: string, params: Json) {
    const intent = this.paymentIntents.get(id) ?? missing("payment_intent", id)
    if (intent.status !== "requires_capture") {
      throw unexpectedState(intent, `This PaymentIntent could not be captured because it has a status of ${intent.status}. Only a PaymentIntent with one of the following statuses may be captured: requires_capture.`)
    }
    const amount = params.amount_to_capture !== undefined ? integerParam(params.amount_to_capture, "amount_to_capture") : intent.amount_capturable
    if (amount > intent.amount_capturable) throw invalid("The amount to capture exceeds the amount capturable.", "amount_to_capture", "amount_too_large")
    intent.status = "succeeded"
    intent.amount_received = amount
    intent.amount_capturable = 0
    this.emit("payment_intent.succeeded", intent)
    return intent
  }

  private cancelPaymentIntent(id: string) {
    const intent = this.paymentIntents.get(id) ?? missing("payment_intent", id)
    if (intent.status === "succeeded" || intent.status === "canceled") {
      throw unexpectedState(intent, `You cannot cancel this PaymentIntent because it has a status of ${intent.status}. Only a PaymentIntent with one of the following statuses may be canceled: requires_payment_method, requires_capture, requires_confirmation, requires_action, processing.`)
    }
    intent.status = "canceled"
    intent.amount_capturable = 0
    intent.canceled_at = now()
    this.emit("payment_intent.canceled", intent)
    return intent
  }

  // ─── Refunds and customers ───────────────────────────────────────────────

  private createRefund(params: Json) {
    const intentId = String(params.payment_intent ?? "")
    const intent = this.paymentIntents.get(intentId)
    if (!intent) throw invalid(`No such payment_intent: '${intentId}'`, "payment_intent", "resource_missing")
    if (intent.status !== "succeeded") {
      throw invalid(`This PaymentIntent does not have a successful charge to refund.`, "payment_intent", "charge_not_refundable")
    }
    const refunded = [...this.refunds.values()].filter((r) => r.payment_intent === intentId).reduce((sum, r) => sum + Number(r.amount), 0)
    const remaining = intent.amount_received - refunded
    if (remaining <= 0) throw invalid(`Charge ${intent.latest_charge} has already been refunded.`, undefined, "charge_already_refunded")
    const amount = params.amount !== undefined ? integerParam(params.amount, "amount") : remaining
    if (amount > remaining) {
      throw invalid(`Refund amount (${amount}) is greater than unrefunded amount on charge (${remaining})`, "amount", "amount_too_large")
    }
    const refund = { id: newId("re"), object: "refund", amount, currency: intent.currency, payment_intent: intentId, charge: intent.latest_charge, status: "succeeded", created: now(), metadata: params.metadata ?? {} }
    this.refunds.set(refund.id, refund)
    this.emit("charge.refunded", { id: intent.latest_charge, object: "charge", amount: intent.amount_received, amount_refunded: refunded + amount, payment_intent: intentId, currency: intent.currency, metadata: intent.metadata, refunded: refunded + amount === intent.amount_received })
    return refund
  }

  private createCustomer(params: Json) {
    const customer = { id: newId("cus"), object: "customer", created: now(), livemode: false, metadata: {}, ...pick(params, ["email", "name", "phone", "address", "description"]) }
    this.customers.set(customer.id, customer)
    return customer
  }

  private updateCustomer(id: string, params: Json) {
    const customer = this.customers.get(id) ?? missing("customer", id)
    Object.assign(customer, pick(params, ["email", "name", "phone", "address", "description"]))
    return customer
  }

  // ─── Events and webhooks ─────────────────────────────────────────────────

  private emit(type: string, object: Json) {
    const event: StripeEvent = { id: newId("evt"), object: "event", type, created: now(), api_version: "2024-04-10", livemode: false, data: { object: structuredClone(object) } }
    this.events.push(event)
    if (this.options.autoDeliver !== false) setTimeout(() => void this.deliver(event).catch(() => {}), 50)
  }

  /** POSTs an event to the webhook URL, signed as Stripe signs it. Returns the endpoint's status. */
  async deliver(event: StripeEvent, signatureOverride?: string): Promise<number> {
    const { webhookUrl, webhookSecret } = this.options
    if (!webhookUrl || !webhookSecret) return 0
    const payload = JSON.stringify(event, null, 2)
    const response = await fetch(webhookUrl, {
      method: "POST",
      headers: {
        "content-type": "application/json; charset=utf-8",
        ...(signatureOverride === "" ? {} : { "stripe-signature": signatureOverride ?? stripeSignature(payload, webhookSecret) }),
        "user-agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
      },
      body: payload,
    })
    return response.status
  }

  /** Emulator-only routes: the tests' stand-in for Stripe.js's 3D Secure page and the Dashboard's event list. */
  private async control(method: string, path: string, params: Json): Promise<Json> {
    const auth = path.match(/^\/_emulator\/payment_intents\/([^/]+)\/authenticate$/)
    if (auth && method === "POST") {
      const intent = this.paymentIntents.get(auth[1]) ?? missing("payment_intent", auth[1])
      if (intent.status !== "requires_action") throw unexpectedState(intent, `PaymentIntent ${intent.id} is not waiting for authentication`)
      if (params.outcome === "fail") {
        intent.status = "requires_payment_method"
        intent.next_action = null
        intent.last_payment_error = { type: "card_error", code: "payment_intent_authentication_failure", message: "We are unable to authenticate your payment method. Please choose a different payment method and try again." }
        this.emit("payment_intent.payment_failed", intent)
        return intent
      }
      return this.authorize(intent)
    }
    if (path === "/_emulator/events" && method === "GET") {
      return list(this.events.filter((e) => (!params.type || e.type === params.type) && (!params.payment_intent || e.data.object.id === params.payment_intent)))
    }
    const redeliver = path.match(/^\/_emulator\/events\/([^/]+)\/deliver$/)
    if (redeliver && method === "POST") {
      const event = this.events.find((e) => e.id === redeliver[1]) ?? missing("event", redeliver[1])
      const signature = params.signature === "bad" ? "t=1,v1=0000" : params.signature === "missing" ? "" : undefined
      return { status: await this.deliver(event, signature) }
    }
    if (path === "/_emulator/requests" && method === "GET") {
      return list(this.requests.filter((r) => !params.path || r.path === params.path).map((r) => ({ ...r })))
    }
    if (path === "/_emulator/settings" && method === "POST") {
      if (params.autoDeliver !== undefined) this.options.autoDeliver = params.autoDeliver === "true"
      return { autoDeliver: this.options.autoDeliver !== false }
    }
    throw notFound(path)
  }
}

// ─── Helpers: Stripe's object and error shapes ────────────────────────────

function list(data: Json[]) {
  return { object: "list", data, has_more: false, url: "/v1/list" }
}

function paymentMethod(id: string) {
  const card = TEST_CARDS[id]
  if (!card) return missing("payment_method", id)
  return { id, object: "payment_method", type: "card", card: { brand: card.brand, last4: card.last4, exp_month: 12, exp_year: 2034, country: "US", funding: "credit" }, created: now(), livemode: false, metadata: {} }
}

function pick(params: Json, keys: string[]) {
  return Object.fromEntries(keys.filter((k) => params[k] !== undefined).map((k) => [k, params[k]]))
}

function integerParam(value: unknown, name: string) {
  if (value === undefined || value === "") throw invalid(`Missing required param: ${name}.`, name, "parameter_missing")
  const number = Number(value)
  if (!Number.isInteger(number) || number < 0) throw invalid(`Invalid integer: ${String(value)}`, name, "parameter_invalid_integer")
  return number
}

function invalid(message: string, param?: string, code?: string) {
  return new StripeApiError(400, { type: "invalid_request_error", message, ...(param ? { param } : {}), ...(code ? { code } : {}) })
}

function unexpectedState(intent: PaymentIntent, message: string) {
  return new StripeApiError(400, { type: "invalid_request_error", code: "payment_intent_unexpected_state", message, payment_intent: { ...intent } })
}

function missing(kind: string, id: string): never {
  throw new StripeApiError(404, { type: "invalid_request_error", code: "resource_missing", message: `No such ${kind}: '${id}'`, param: "id" })
}

function notFound(path: string) {
  return new StripeApiError(404, { type: "invalid_request_error", message: `Unrecognized request URL (${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.` })
}
