/** The Stripe emulator refuses what Stripe refuses, so a test passing against it means something. */
import assert from "node:assert/strict"
import { randomBytes } from "node:crypto"
import { after, before, describe, it } from "node:test"
import { StripeEmulator } from "../stripe-emulator/emulator"

describe("the Stripe emulator", () => {
  // Random test-mode keys, as the test shop makes them: no key literal in the repository.
  const testKey = () => `sk_test_${randomBytes(12).toString("hex")}`
  const secretKey = testKey()
  const emulator = new StripeEmulator({ secretKey })
  before(() => emulator.start())
  after(() => emulator.stop())

  const createIntent = (key: string, currency: string) =>
    fetch(`${emulator.url}/v1/payment_intents`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ amount: "8900", currency }),
    })

  it("takes the account's own secret key and a currency Stripe supports", async () => {
    const response = await createIntent(secretKey, "usd")
    assert.equal(response.status, 200, await response.text())
  })

  it("refuses another test-mode key with Stripe's 401", async () => {
    const response = await createIntent(testKey(), "usd")
    assert.equal(response.status, 401)
    assert.match(((await response.json()) as { error: { message: string } }).error.message, /Invalid API Key provided/)
  })

  it("refuses a three-letter code that is no currency Stripe supports", async () => {
    for (const currency of ["xyz", "abc"]) {
      const response = await createIntent(secretKey, currency)
      assert.equal(response.status, 400, currency)
      assert.match(((await response.json()) as { error: { param: string } }).error.param, /currency/)
    }
  })
})
