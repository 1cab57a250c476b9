/**
 * The storefront's security headers (storefront/src/lib/security-headers.mjs, set in next.config.mjs)
 * and the admin's refusal to be framed; and the shop still works under its Content-Security-Policy:
 * no page reports a violation while a shopper browses, searches, adds to the cart and checks out.
 */
import type { Page } from "@playwright/test"
import { BACKEND_URL, addToCart, checkoutToReview, expect, test, uniqueEmail } from "./shop"

/** Every CSP violation the page reports (the DOM event, in any frame) and every console error naming the policy. */
async function watchViolations(page: Page) {
  const violations: string[] = []
  await page.exposeFunction("__cspViolation", (line: string) => violations.push(line))
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __cspViolation: (line: string) => void }).__cspViolation
      report(`${location.pathname}: ${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`)
    })
  })
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) violations.push(`console: ${message.text()}`)
  })
  return violations
}

/** The response's one Content-Security-Policy (two would both be enforced, each blocking what it lacks). */
function onePolicy(headers: { name: string; value: string }[], path: string) {
  const policies = headers.filter((h) => h.name.toLowerCase() === "content-security-policy").map((h) => h.value)
  expect(policies, `${path}: one Content-Security-Policy`).toHaveLength(1)
  return policies[0]
}

const scriptSrc = (policy: string) => policy.split("; ").find((d) => d.startsWith("script-src ")) ?? ""

test("a storefront page carries the security headers", async ({ request }) => {
  for (const path of ["/us", "/us/products/classic-round-zafu", "/eu/journal/zafu-or-bench", "/us/cart", "/eu/shop/round-zafus"]) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    const headers = response.headers()
    const csp = onePolicy(response.headersArray(), path)
    expect(csp, path).toContain("frame-ancestors 'none'")
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("base-uri 'self'")
    // The test build has no Stripe key: Stripe's origins are not allowed.
    expect(csp).not.toContain("stripe.com")
    expect(headers["x-content-type-options"]).toBe("nosniff")
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin")
    expect(headers["permissions-policy"]).toMatch(/camera=\(\), microphone=\(\), geolocation=\(\)/)
    expect(headers["permissions-policy"]).toContain("payment=(self)")
    // The test shop's public address is plain http: no HSTS.
    expect(headers["strict-transport-security"]).toBeUndefined()
  }
  // The reset page's address carries a live token: it keeps sending no Referer at all.
  expect((await request.get("/us/account/reset-password")).headers()["referrer-policy"]).toBe("no-referrer")
  // The journal's images keep their own, stricter policy (an SVG opened on its own runs nothing).
  const page = await (await request.get("/us/journal/zafu-or-bench")).text()
  const image = /src="(\/journal-images\/[^"]+\.svg)"/.exec(page)?.[1]
  expect(image).toBeTruthy()
  expect((await request.get(image!)).headers()["content-security-policy"]).toBe("default-src 'none'; style-src 'unsafe-inline'")
})

test("pages rendered per request allow only scripts with this response's nonce", async ({ request }) => {
  const perRequest = ["/us/products/classic-round-zafu?colour=sage", "/us/shop?fill=Kapok", "/us/cart", "/eu/search?q=zafu", "/us/account", "/us/checkout"]
  for (const path of perRequest) {
    const nonces = new Set<string>()
    for (let i = 0; i < 2; i++) {
      const response = await request.get(path)
      expect(response.status(), path).toBe(200)
      const policy = scriptSrc(onePolicy(response.headersArray(), path))
      const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1]
      expect(nonce, `${path}: ${policy}`).toBeTruthy()
      expect(policy).toContain("'strict-dynamic'")
      expect(policy).not.toContain("'unsafe-inline'")
      nonces.add(nonce!)
      // Every script the page runs carries it (JSON-LD is data, not script, and needs none).
      const html = await response.text()
      const scripts = [...html.matchAll(/<script(?![^>]*type="application\/ld\+json")([^>]*)>/g)].map((m) => m[1])
      expect(scripts.length, path).toBeGreaterThan(0)
      expect(scripts.filter((attributes) => !attributes.includes(`nonce="${nonce}"`)), `${path}: scripts without the nonce`).toEqual([])
    }
    expect(nonces.size, `${path}: a fresh nonce per response`).toBe(2)
  }
  // Cached pages keep the static policy (no nonce could be fresh there: src/lib/security-headers.mjs).
  for (const path of ["/us", "/eu/journal/zafu-or-bench", "/us/shop", "/us/products/classic-round-zafu"]) {
    const policy = scriptSrc(onePolicy((await request.get(path)).headersArray(), path))
    expect(policy, path).toBe("script-src 'self' 'unsafe-inline'")
  }
})

test("the admin refuses to be framed", async ({ request }) => {
  for (const path of ["/app", "/app/login", "/app/orders"]) {
    const response = await request.get(`${BACKEND_URL}${path}`)
    expect(response.status(), path).toBe(200)
    expect(response.headers()["x-frame-options"], path).toBe("DENY")
    expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'")
  }
})

test("browsing, searching, adding to the cart and checking out report no CSP violation", async ({ page }) => {
  const violations = await watchViolations(page)

  await page.goto("/us")
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
  expect(violations, "on the home page").toEqual([])

  // Search type-ahead (client-side script, a fetch to /api/search).
  const box = page.getByRole("combobox", { name: "Search products and the journal" })
  await expect(async () => {
    await page.keyboard.press("/")
    await expect(box).toBeFocused({ timeout: 500 })
  }).toPass()
  await page.keyboard.type("zafu")
  await expect(page.getByRole("listbox", { name: "Search suggestions" }).getByRole("option").first()).toBeVisible()
  await page.keyboard.press("Enter")
  await page.waitForURL(/\/us\/search\?q=zafu$/)
  await expect(page.getByTestId("search-product").first()).toBeVisible()
  expect(violations, "on search").toEqual([])

  // A post, then a product added to the cart (a fetch to /api/cart/lines) and the checkout's steps.
  await page.goto("/us/journal/zafu-or-bench")
  await expect(page.getByRole("heading", { level: 1, name: /Zafu or bench/ })).toBeVisible()
  expect(violations, "on a post").toEqual([])
  await addToCart(page, "/us/products/meditation-shawl", ["Oat"])
  await page.goto("/us/cart")
  await expect(page.getByTestId("cart-line")).toHaveCount(1)
  await checkoutToReview(page, "us", {
    email: uniqueEmail("csp"),
    firstName: "Ada",
    lastName: "Policy",
    street: "500 Market Street",
    postcode: "94105",
    city: "San Francisco",
    state: "California",
  })

  expect(violations).toEqual([])
})
