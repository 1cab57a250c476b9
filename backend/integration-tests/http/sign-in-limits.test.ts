/**
 * Sign-ins are limited per account and per address (backend/src/api/auth/sign-in-limits.ts):
 * the 11th attempt on one account within 15 minutes, or the 51st from one address, gets a 429
 * that says how long to wait, and others are not held up.
 */
import assert from "node:assert/strict"
import { randomBytes } from "node:crypto"
import { describe, it } from "node:test"
import { backendUrl } from "../../../tests/support/shop-clients"

const signIn = (email: string, forwardedFor?: string) =>
  fetch(`${backendUrl()}/auth/customer/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) },
    body: JSON.stringify({ email, password: "not the password" }),
  })

const unique = (label: string) => `${label}-${randomBytes(4).toString("hex")}@example.com`

describe("sign-in limits", () => {
  it("refuses the 11th attempt on one account with a 429 that says how long to wait; other accounts go on", async () => {
    const email = unique("limited")
    for (let i = 0; i < 10; i++) assert.equal((await signIn(email)).status, 401, `attempt ${i + 1}`)
    const refused = await signIn(email.toUpperCase())
    assert.equal(refused.status, 429, "the same account in capitals is the same account")
    assert.match(((await refused.json()) as { message: string }).message, /Too many sign-in attempts\. Please wait 1[45] minutes/)
    assert.ok(Number(refused.headers.get("retry-after")) > 800)
    assert.equal((await signIn(unique("other"))).status, 401)
  })

  it("does not count sign-ins that succeed: the owner signing in all day is not guessing", async () => {
    const owner = { email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD }
    for (let i = 0; i < 12; i++) {
      const response = await fetch(`${backendUrl()}/auth/user/emailpass`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(owner) })
      assert.equal(response.status, 200, `sign-in ${i + 1}`)
    }
  })

  it("refuses the 51st attempt from one address (as forwarded by this machine's storefront or nginx)", async () => {
    const address = `203.0.113.${1 + (randomBytes(1)[0] % 250)}`
    for (let i = 0; i < 50; i++) assert.equal((await signIn(unique("spray"), address)).status, 401, `attempt ${i + 1}`)
    assert.equal((await signIn(unique("spray"), address)).status, 429)
    assert.equal((await signIn(unique("elsewhere"), "198.51.100.77")).status, 401, "another address is not held up")
  })
})
