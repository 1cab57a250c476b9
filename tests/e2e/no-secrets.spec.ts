/**
 * Nothing secret may reach the browser. Stripe's publishable key (pk_test_/pk_live_) is public
 * by design and allowed; Stripe secret and restricted keys, webhook secrets, Medusa's
 * publishable API key (the storefront keeps it on the server) and the revalidation secret are not.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join, relative, resolve } from "node:path"
import { expect, test } from "./shop"

const STOREFRONT = resolve(__dirname, "../../storefront")
/** The test harness builds into .next-test, `npm start` into .next. */
const STATIC_DIRS = [".next-test", ".next"].map((dir) => join(STOREFRONT, dir, "static")).filter((dir) => existsSync(dir))

const SECRET_PATTERNS: { name: string; pattern: RegExp }[] = [
  { name: "a Stripe secret or restricted key", pattern: /\b(?:sk|rk)_(?:test|live)_[A-Za-z0-9]{8,}/ },
  { name: "a Stripe webhook secret", pattern: /\bwhsec_[A-Za-z0-9]{8,}/ },
  // Medusa's keys are pk_ + 64 hex digits; Stripe's pk_test_/pk_live_ never match.
  { name: "a Medusa publishable API key", pattern: /\bpk_[0-9a-f]{64}\b/ },
]

/** The actual secret values this run knows about, so a leak is caught whatever its shape. */
const SECRET_ENV = [
  "PUBLISHABLE_KEY",
  "MEDUSA_PUBLISHABLE_KEY",
  "REVALIDATE_SECRET",
  "STRIPE_API_KEY",
  "STRIPE_WEBHOOK_SECRET",
  "STRIPE_TEST_SECRET_KEY",
  "STRIPE_TEST_WEBHOOK_SECRET",
]
const secretValues = SECRET_ENV.flatMap((name) => {
  const value = process.env[name]
  return value && value.length >= 8 ? [{ name, value }] : []
})

/** What secrets a text holds, named but never printed. */
function secretsIn(text: string): string[] {
  return [
    ...SECRET_PATTERNS.filter(({ pattern }) => pattern.test(text)).map(({ name }) => name),
    ...secretValues.filter(({ value }) => text.includes(value)).map(({ name }) => `the value of ${name}`),
  ]
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
}

test("the storefront's browser bundles hold no secret keys", async () => {
  test.skip(STATIC_DIRS.length === 0, "No storefront build (storefront/.next-test or .next) to scan; build the storefront first.")
  const leaks: string[] = []
  let scanned = 0
  for (const file of STATIC_DIRS.flatMap(filesUnder)) {
    scanned++
    for (const secret of secretsIn(readFileSync(file, "latin1"))) leaks.push(`${relative(STOREFRONT, file)}: ${secret}`)
  }
  expect(scanned, "the build's static folder is empty").toBeGreaterThan(0)
  expect(leaks).toEqual([])
})

test("the home page and the scripts it loads hold no secret keys", async ({ request }) => {
  const home = await request.get("/us")
  expect(home.ok()).toBe(true)
  const html = await home.text()
  expect(secretsIn(html)).toEqual([])

  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1])
  expect(scripts.length, "the home page loads no scripts: the pattern above is out of date").toBeGreaterThan(0)
  for (const src of scripts) {
    const script = await request.get(src)
    expect(script.ok(), src).toBe(true)
    expect(secretsIn(await script.text()), src).toEqual([])
  }
})
