/** The Stripe emulator refuses what Stripe refuses, so a test passing against it means something. */
import assert from "node:assert/strict"
import { randomBytes } from "node:crypto"
import { after, before, describe, it } from "node:test"
import { StripeEmulator } from "../stripe-emulator/emulator"

type StripeError = { error: { type: string; message: string; param?: string } }

describe("the Stripe emulator", () => {
  // Random test-mode keys, as the test shop makes them: no key literal in the repository.
  const testKey = (prefix = "sk_test_") => `${prefix}${randomBytes(12).toString("hex")}`
  const secretKey = testKey()
  const emulator = new StripeEmulator({ secretKey })
  before(() => emulator.start())
  after(() => emulator.stop())

  const post = (key: string, path: string, params: Record<string, string>) =>
    fetch(`${emulator.url}${path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(params),
    })
  const createIntent = (key: string, currency: string) => post(key, "/v1/payment_intents", { amount: "8900", currency })

  it("takes the account's own secret key and the shop's currencies", async () => {
    for (const currency of ["usd", "eur", "USD"]) {
      const response = await createIntent(secretKey, currency)
      assert.equal(response.status, 200, await response.text())
    }
  })

  it("refuses another test-mode key with Stripe's 401, the key masked", async () => {
    for (const key of [testKey(), testKey("sk_live_")]) {
      const response = await createIntent(key, "usd")
      assert.equal(response.status, 401, key)
      const { error } = (await response.json()) as StripeError
      assert.equal(error.type, "invalid_request_error")
      assert.match(error.message, /^Invalid API Key provided: sk_(test|live)_\**\w{0,4}$/)
      assert.ok(!error.message.includes(key), "the key is echoed back in full")
    }
  })

  it("lets a publishable key confirm only with the intent's client secret, and only its own account's key", async () => {
    const intent = (await (await createIntent(secretKey, "usd")).json()) as { id: string; client_secret: string }
    const confirm = (key: string, clientSecret: string) => post(key, `/v1/payment_intents/${intent.id}/confirm`, { payment_method: "pm_card_visa", client_secret: clientSecret })
    assert.equal((await confirm(testKey("pk_test_"), intent.client_secret)).status, 401, "another account's publishable key")
    assert.equal((await confirm(emulator.publishableKey, "pi_wrong_secret")).status, 400, "a wrong client secret")
    assert.equal((await createIntent(emulator.publishableKey, "usd")).status, 401, "creating an intent with a publishable key")
    const confirmed = await confirm(emulator.publishableKey, intent.client_secret)
    assert.equal(confirmed.status, 200, await confirmed.text())
  })

  it("refuses a three-letter code that is no currency Stripe supports, naming the param", async () => {
    // hrk: Croatia's kuna, replaced by the euro and no longer taken; xyz, abc: no currency at all.
    for (const currency of ["xyz", "abc", "hrk"]) {
      const response = await createIntent(secretKey, currency)
      assert.equal(response.status, 400, currency)
      const { error } = (await response.json()) as StripeError
      assert.deepEqual({ type: error.type, param: error.param }, { type: "invalid_request_error", param: "currency" }, currency)
      assert.match(error.message, new RegExp(`^Invalid currency: ${currency}`))
    }
  })
})
