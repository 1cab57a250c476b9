import assert from "node:assert/strict"
import { test } from "node:test"
import { contentSecurityPolicy, permissionsPolicy, securityHeaders } from "./security-headers.mjs"

const directive = (csp: string, name: string) => csp.split("; ").find((d) => d.startsWith(`${name} `) || d === name)

test("the CSP forbids framing, plugins and foreign scripts; Stripe only with its key", () => {
  const plain = contentSecurityPolicy({ siteUrl: "http://localhost:8000", backendUrl: "http://localhost:9000" })
  assert.equal(directive(plain, "frame-ancestors"), "frame-ancestors 'none'")
  assert.equal(directive(plain, "object-src"), "object-src 'none'")
  assert.equal(directive(plain, "base-uri"), "base-uri 'self'")
  assert.equal(directive(plain, "frame-src"), "frame-src 'none'")
  assert.doesNotMatch(plain, /stripe|unsafe-eval|upgrade-insecure-requests/)
  assert.match(directive(plain, "img-src") ?? "", /http:\/\/localhost:9000/)

  const stripe = contentSecurityPolicy({ stripeKey: "pk_test_1", siteUrl: "https://shop.example" })
  assert.match(directive(stripe, "script-src") ?? "", /https:\/\/js\.stripe\.com/)
  assert.match(directive(stripe, "frame-src") ?? "", /https:\/\/js\.stripe\.com .*https:\/\/hooks\.stripe\.com/)
  assert.match(directive(stripe, "connect-src") ?? "", /https:\/\/api\.stripe\.com/)
  assert.ok(directive(stripe, "upgrade-insecure-requests"))
  assert.match(contentSecurityPolicy({ development: true }), /'unsafe-eval'/)
})

test("Permissions-Policy turns off camera, microphone and geolocation; payment for Stripe only when on", () => {
  assert.equal(permissionsPolicy({}), "camera=(), microphone=(), geolocation=(), payment=(self)")
  assert.match(permissionsPolicy({ stripeKey: "pk_test_1" }), /payment=\(self "https:\/\/js\.stripe\.com"\)/)
})

test("HSTS only when the public address is https", () => {
  const keys = (siteUrl: string) => securityHeaders({ siteUrl }).map((h) => h.key)
  assert.ok(!keys("http://localhost:8000").includes("Strict-Transport-Security"))
  assert.ok(keys("https://shop.example").includes("Strict-Transport-Security"))
  const values = Object.fromEntries(securityHeaders({}).map((h) => [h.key, h.value]))
  assert.equal(values["X-Content-Type-Options"], "nosniff")
  assert.equal(values["Referrer-Policy"], "strict-origin-when-cross-origin")
})
