import assert from "node:assert/strict"
import { test } from "node:test"
import { readResetLink, resetRequestedMessage } from "./password-reset"

const NOW = Date.UTC(2026, 0, 10, 12, 0, 0)
const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url")

/** A token shaped like Medusa's (the signature is not checked here, only by the backend). */
function token(claims: Record<string, unknown> = {}) {
  const payload = {
    entity_id: "maya@example.com",
    actor_type: "customer",
    provider: "emailpass",
    purpose: "reset",
    iat: NOW / 1000 - 60,
    exp: NOW / 1000 + 14 * 60,
    jti: "0b6d1c2e-5c1e-4a4f-9d0e-4f0a2b7c9e11",
    ...claims,
  }
  return `${part({ alg: "HS256", typ: "JWT" })}.${part(payload)}.c2lnbmF0dXJl`
}

test("a fresh link is usable and names the token's account", () => {
  const t = token()
  assert.deepEqual(readResetLink({ token: t, email: "maya@example.com" }, NOW), { status: "usable", token: t, email: "maya@example.com" })
})

test("the email in the link may be missing or differ in case only", () => {
  assert.equal(readResetLink({ token: token() }, NOW).status, "usable")
  assert.equal(readResetLink({ token: token(), email: "Maya@Example.com" }, NOW).status, "usable")
})

test("a repeated query parameter counts once", () => {
  assert.equal(readResetLink({ token: [token(), "other"], email: ["maya@example.com"] }, NOW).status, "usable")
})

test("a link past its 15 minutes is expired and still says whose it was", () => {
  assert.deepEqual(readResetLink({ token: token({ exp: NOW / 1000 }) }, NOW), { status: "expired", email: "maya@example.com" })
})

test("a link whose email was edited is broken", () => {
  assert.deepEqual(readResetLink({ token: token(), email: "someone@example.com" }, NOW), { status: "broken" })
})

test("missing, cut short or garbled tokens are broken", () => {
  const t = token()
  for (const bad of [undefined, "", "abc", t.slice(0, t.lastIndexOf(".")), `${t}.x`, "a.b.c", `${part({})}.${Buffer.from("not json").toString("base64url")}.x`, "a.<b>.c"]) {
    assert.deepEqual(readResetLink({ token: bad, email: "maya@example.com" }, NOW), { status: "broken" }, String(bad))
  }
})

test("tokens that are not a customer's password reset are broken", () => {
  for (const claims of [{ purpose: undefined }, { purpose: "session" }, { actor_type: "user" }, { provider: "google" }, { entity_id: "" }, { exp: undefined }]) {
    assert.equal(readResetLink({ token: token(claims) }, NOW).status, "broken", JSON.stringify(claims))
  }
})

test("the answer to a reset request is the same for every email", () => {
  assert.equal(
    resetRequestedMessage("maya@example.com"),
    "If an account exists for maya@example.com, we've sent a link to reset the password. It expires in 15 minutes.",
  )
})
