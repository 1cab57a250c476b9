/**
 * A signed-in customer changes the password with the current one (POST
 * /store/customers/me/password): a wrong current password or a too-short new one changes
 * nothing, a signed-out request is refused, and after a change only the new password logs in.
 */
import assert from "node:assert/strict"
import { before, describe, it } from "node:test"
import { CURRENT_PASSWORD_INCORRECT } from "@stillpoint/shop-contracts"
import { backendUrl, rawStore, storeClient } from "../../../tests/support/shop-clients"

const uniqueEmail = (who: string) => `${who}+${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`

/** The emailpass login's status and, when it succeeds, the customer token. */
async function logIn(email: string, password: string) {
  const response = await fetch(`${backendUrl()}/auth/customer/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  })
  const body: { token?: string } = await response.json()
  return { status: response.status, token: body.token ?? "" }
}

function changePassword(token: string | null, body: Record<string, unknown>) {
  return rawStore("/store/customers/me/password", {
    method: "POST",
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: JSON.stringify(body),
  })
}

describe("changing a signed-in customer's password", { concurrency: false }, () => {
  const customer = { email: uniqueEmail("changes-password"), password: "the-first-password-1" }
  let token = ""

  before(async () => {
    const sdk = storeClient()
    await sdk.auth.register("customer", "emailpass", customer)
    await sdk.store.customer.create({ email: customer.email, first_name: "Ines" })
    token = (await logIn(customer.email, customer.password)).token
    assert.ok(token, "the new customer logs in")
  })

  it("refuses a wrong current password with the reason, and the old password still works", async () => {
    const refused = await changePassword(token, { current_password: "not-the-password", new_password: "a-new-password-2" })
    assert.equal(refused.status, 400, refused.text)
    assert.deepEqual(refused.body, { type: "invalid_data", message: CURRENT_PASSWORD_INCORRECT })
    assert.equal((await logIn(customer.email, customer.password)).status, 200)
    assert.equal((await logIn(customer.email, "a-new-password-2")).status, 401)
  })

  it("refuses another account's password: the current password must be this customer's", async () => {
    const other = { email: uniqueEmail("other-customer"), password: "the-other-password-3" }
    const sdk = storeClient()
    await sdk.auth.register("customer", "emailpass", other)
    await sdk.store.customer.create({ email: other.email, first_name: "Theo" })
    const refused = await changePassword(token, { current_password: other.password, new_password: "a-new-password-2" })
    assert.equal(refused.status, 400, refused.text)
    assert.equal((await logIn(customer.email, customer.password)).status, 200)
  })

  it("refuses a new password shorter than 8 characters, and bodies that are not the two passwords", async () => {
    for (const body of [
      { current_password: customer.password, new_password: "short" },
      { current_password: customer.password },
      { current_password: "", new_password: "a-new-password-2" },
      { current_password: customer.password, new_password: 12345678 },
      { current_password: customer.password, new_password: "a-new-password-2", email: "someone@example.com" },
    ]) {
      const refused = await changePassword(token, body)
      assert.equal(refused.status, 400, `${JSON.stringify(body)}: ${refused.text}`)
    }
    assert.equal((await logIn(customer.email, customer.password)).status, 200)
  })

  it("answers 401 when signed out", async () => {
    const refused = await changePassword(null, { current_password: customer.password, new_password: "a-new-password-2" })
    assert.equal(refused.status, 401, refused.text)
  })

  it("changes the password: the old one is refused, the new one logs in", async () => {
    const changed = await changePassword(token, { current_password: customer.password, new_password: "a-new-password-2" })
    assert.equal(changed.status, 200, changed.text)
    assert.deepEqual(changed.body, { success: true })
    assert.equal((await logIn(customer.email, customer.password)).status, 401)
    const loggedIn = await logIn(customer.email, "a-new-password-2")
    assert.equal(loggedIn.status, 200)
    const { customer: me } = await storeClient().client.fetch<{ customer: { email: string } }>("/store/customers/me", {
      headers: { authorization: `Bearer ${loggedIn.token}` },
    })
    assert.equal(me.email, customer.email)
  })
})
