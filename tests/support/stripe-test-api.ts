/**
 * Talking to Stripe from the tests: the emulator the suite started, or Stripe's test mode
 * when STRIPE_TEST_LIVE=1. The tests play Stripe.js's part (confirming a PaymentIntent with
 * a test card) because Stripe.js itself cannot load here.
 */
import qs from "qs"

function env(name: string) {
  const value = process.env[name]
  if (value === undefined) throw new Error(`${name} is not set: run the tests through \`npm test\`.`)
  return value
}

export const stripeEmulated = () => process.env.STRIPE_TEST_EMULATED === "1"

export async function stripeApi<T = Record<string, unknown>>(method: "GET" | "POST", path: string, params: Record<string, unknown> = {}) {
  const body = qs.stringify(params, { arrayFormat: "indices" })
  const response = await fetch(`${env("STRIPE_TEST_API_URL")}${path}${method === "GET" && body ? `?${body}` : ""}`, {
    method,
    headers: { authorization: `Bearer ${env("STRIPE_TEST_SECRET_KEY")}`, "content-type": "application/x-www-form-urlencoded" },
    body: method === "POST" ? body : undefined,
  })
  return { status: response.status, body: (await response.json()) as T }
}

/** What Stripe.js's confirmPayment does with the customer's card. */
export const confirmWithCard = (intentId: string, paymentMethod: string) =>
  stripeApi<{ status?: string; error?: { message: string; code: string; decline_code?: string } }>("POST", `/v1/payment_intents/${intentId}/confirm`, {
    payment_method: paymentMethod,
  })

/** Emulator-only controls (3D Secure page, event log, redelivery). */
export async function emulator<T = Record<string, unknown>>(method: "GET" | "POST", path: string, params: Record<string, unknown> = {}) {
  const query = qs.stringify(params)
  const response = await fetch(`${env("STRIPE_TEST_API_URL")}/_emulator${path}${method === "GET" && query ? `?${query}` : ""}`, {
    method,
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: method === "POST" ? query : undefined,
  })
  if (!response.ok) throw new Error(`emulator ${path} answered ${response.status}: ${await response.text()}`)
  return (await response.json()) as T
}

export async function waitFor<T>(what: string, check: () => Promise<T | undefined | null | false>, timeoutMs = 20_000): Promise<T> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    const value = await check()
    if (value) return value
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}`)
}
