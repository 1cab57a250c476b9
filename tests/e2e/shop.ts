/** Shared steps for the storefront specs. Each test gets a fresh browser context, so a fresh cart. */
import { mkdirSync, readFileSync, existsSync } from "node:fs"
import { resolve } from "node:path"
import { test as base, expect, type Locator, type Page } from "@playwright/test"

const SCREENSHOTS = resolve(__dirname, "../.artifacts/screenshots")

export const BACKEND_URL = process.env.BACKEND_URL || "http://localhost:9000"

export function publishableKey(): string {
  if (process.env.PUBLISHABLE_KEY) return process.env.PUBLISHABLE_KEY
  const file = resolve(__dirname, "../../.data/publishable-key")
  if (existsSync(file)) return readFileSync(file, "utf8").trim()
  throw new Error("Set PUBLISHABLE_KEY (or run `npm start` once so .data/publishable-key exists)")
}

/** A full-page screenshot in `dir`, its file named after `title`. */
async function saveScreenshot(page: Page, dir: string, title: string) {
  mkdirSync(dir, { recursive: true })
  const name = title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")
  await page.screenshot({ path: resolve(dir, `${name}.png`), fullPage: true })
}

/** Every test leaves a screenshot of its final page, named after the test. */
export const test = base.extend<{ finalScreenshot: undefined }>({
  finalScreenshot: [
    async ({ page }, use, testInfo) => {
      await use(undefined)
      await saveScreenshot(page, SCREENSHOTS, testInfo.title).catch(() => undefined)
    },
    { auto: true },
  ],
})
export { expect }

/** Opens a product, picks option values (button labels), adds it and waits for the confirmation. */
export async function addToCart(page: Page, path: string, choices: string[] = [], quantity = 1) {
  await page.goto(path)
  for (const choice of choices) {
    await page.getByRole("button", { name: new RegExp(`^${choice}`) }).click()
  }
  if (quantity !== 1) await page.getByLabel("Quantity").fill(String(quantity))
  const add = page.getByRole("button", { name: "Add to cart", exact: true })
  await expect(add).toBeEnabled()
  await add.click()
  await expect(page.getByText(/Added to your cart/)).toBeVisible({ timeout: 30_000 })
}

/** The header's link to the cart; its name carries the count ("Cart, 2 items"). */
export const cartLink = (page: Page) => page.getByRole("banner").getByRole("link", { name: /^Cart\b/ })

/** The header says the cart holds this many items. */
export async function expectCartCount(page: Page, count: number) {
  await expect(cartLink(page)).toHaveAccessibleName(new RegExp(`^Cart\\W*${count} items?$`))
}

export type AddressInput = {
  email: string
  firstName: string
  lastName: string
  street: string
  postcode: string
  city: string
  country?: string
  state?: string
}

export async function fillAddress(page: Page, address: AddressInput) {
  await page.getByLabel("Email").fill(address.email)
  await page.getByLabel("First name").fill(address.firstName)
  await page.getByLabel("Last name").fill(address.lastName)
  await page.getByLabel("Street and number").fill(address.street)
  await page.getByLabel(/Postcode|ZIP code/).fill(address.postcode)
  await page.getByLabel("Town or city").fill(address.city)
  if (address.state) await page.getByLabel("State").selectOption({ label: address.state })
  if (address.country) await page.getByLabel("Country").selectOption({ label: address.country })
}

/** From a filled cart: address → delivery → payment (the first method offered), leaving the review step open. */
export async function checkoutToReview(page: Page, region: "us" | "eu", address: AddressInput, options: { shipping?: string } = {}) {
  await page.goto(`/${region}/checkout`)
  await fillAddress(page, address)
  await page.getByRole("button", { name: "Continue to delivery" }).click()
  await expect(page.getByText("Address saved")).toBeVisible()
  await page.getByRole("radio", { name: new RegExp(options.shipping ?? "Standard shipping") }).check()
  await page.getByRole("button", { name: "Continue to payment" }).click()
  await expect(page.getByText("Delivery option saved")).toBeVisible()
  await page.getByRole("button", { name: "Continue to review" }).click()
  await expect(placeOrderButton(page)).toBeVisible()
}

export const placeOrderButton = (page: Page) => page.getByRole("button", { name: /^Place order/ })

/** Places the order from the review step and waits for the confirmation. Returns the order number. */
export async function placeOrder(page: Page, options: { doubleClick?: boolean } = {}) {
  if (options.doubleClick) await placeOrderButton(page).dblclick()
  else await placeOrderButton(page).click()
  await page.waitForURL(/\/order\/[^/]+\/confirmed/)
  await expect(page.getByRole("heading", { name: "Thank you for your order" })).toBeVisible()
  const lead = await page.getByText(/Your order number is #\d+/).innerText()
  return lead.match(/#(\d+)/)?.[1] ?? ""
}

/** From a filled cart: address → delivery → payment → review → place order. Returns the order number. */
export async function checkout(
  page: Page,
  region: "us" | "eu",
  address: AddressInput,
  options: { shipping?: string; doubleClickPlaceOrder?: boolean } = {},
) {
  await checkoutToReview(page, region, address, options)
  return placeOrder(page, { doubleClick: options.doubleClickPlaceOrder })
}

/** Creates an account from the account page and waits for the greeting. */
export async function registerCustomer(
  page: Page,
  region: "us" | "eu",
  customer: { firstName: string; lastName: string; email: string; password: string },
) {
  await page.goto(`/${region}/account`)
  const register = page.getByRole("region", { name: "Create an account" })
  await register.getByLabel("First name").fill(customer.firstName)
  await register.getByLabel("Last name").fill(customer.lastName)
  await register.getByLabel("Email").fill(customer.email)
  await register.getByLabel(/Password/).fill(customer.password)
  await register.getByRole("button", { name: "Create account" }).click()
  await expect(page.getByRole("heading", { name: `Hello, ${customer.firstName}` })).toBeVisible()
}

/** "€1,234.50" → 1234.5; "Free" → 0. */
export function amount(text: string): number {
  if (/free/i.test(text)) return 0
  return Number(text.replace(/[^0-9.]/g, ""))
}

export const uniqueEmail = (label: string) => `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`

const STEPS = resolve(SCREENSHOTS, "steps")
const stepCounters = new Map<string, number>()

/** A screenshot of one step of a journey, named `<journey>-<nn>-<step>.png`, for a person to look at. */
export async function stepShot(page: Page, journey: string, step: string) {
  const counter = (stepCounters.get(journey) ?? 0) + 1
  stepCounters.set(journey, counter)
  await saveScreenshot(page, STEPS, `${journey}-${String(counter).padStart(2, "0")}-${step}`)
}

export type ShownTotals = { subtotal: number; discount: number; shipping: number; tax: number; taxIncluded: boolean; refunded: number; total: number }

/**
 * Reads a totals block (Subtotal, Discount, Shipping, Tax or Included VAT, Refunded, Total) by
 * its visible labels, and checks that it adds up: total = subtotal − discount + shipping (+ tax
 * when it is added on top) − refunded.
 */
export async function readTotals(scope: Page | Locator): Promise<ShownTotals> {
  const block = scope.locator("dl").filter({ has: scope.getByText("Total", { exact: true }) }).first()
  const pairs = await block.evaluate((dl) =>
    Array.from(dl.querySelectorAll("dt")).map((dt): [string, string] => [dt.textContent?.trim() ?? "", dt.nextElementSibling?.textContent?.trim() ?? ""]),
  )
  const shown = new Map(pairs)
  const value = (label: string) => {
    const text = shown.get(label)
    if (text === undefined) throw new Error(`No "${label}" in the totals block (${[...shown.keys()].join(", ")})`)
    return amount(text)
  }
  const taxIncluded = shown.has("Included VAT")
  const totals = {
    subtotal: value("Subtotal"),
    discount: shown.has("Discount") ? value("Discount") : 0,
    shipping: value("Shipping"),
    tax: value(taxIncluded ? "Included VAT" : "Tax"),
    taxIncluded,
    refunded: shown.has("Refunded") ? value("Refunded") : 0,
    total: value("Total"),
  }
  const expectedTotal = totals.subtotal - totals.discount + totals.shipping + (taxIncluded ? 0 : totals.tax) - totals.refunded
  expect(totals.total, `the totals add up (${JSON.stringify(totals)})`).toBeCloseTo(expectedTotal, 2)
  return totals
}

/** Signs in to the Medusa admin at /app with the owner's login, over plain http. */
export async function signInToAdmin(page: Page) {
  const email = process.env.ADMIN_EMAIL
  const password = process.env.ADMIN_PASSWORD
  if (!email || !password) throw new Error("Set ADMIN_EMAIL and ADMIN_PASSWORD (npm test sets them)")
  await page.goto(`${BACKEND_URL}/app`)
  await page.getByPlaceholder("Email").fill(email)
  await page.getByPlaceholder("Password").fill(password)
  await page.getByRole("button", { name: "Continue with Email" }).click()
  await expect(page.getByRole("link", { name: "Orders" })).toBeVisible()
}
