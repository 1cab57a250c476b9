/** Shared steps for the storefront specs. Each test gets a fresh browser context, so a fresh cart. */
import { mkdirSync, readFileSync, existsSync } from "node:fs"
import { resolve } from "node:path"
import { test as base, expect, type Page } from "@playwright/test"

const SCREENSHOTS = resolve(__dirname, "../.artifacts/screenshots")

export const BACKEND_URL = process.env.BACKEND_URL || "http://localhost:9000"

export function publishableKey(): string {
  if (process.env.PUBLISHABLE_KEY) return process.env.PUBLISHABLE_KEY
  const file = resolve(__dirname, "../../.data/publishable-key")
  if (existsSync(file)) return readFileSync(file, "utf8").trim()
  throw new Error("Set PUBLISHABLE_KEY (or run `npm start` once so .data/publishable-key exists)")
}

/** Every test leaves a screenshot of its final page, named after the test. */
export const test = base.extend<{ finalScreenshot: void }>({
  finalScreenshot: [
    async ({ page }, use, testInfo) => {
      await use()
      mkdirSync(SCREENSHOTS, { recursive: true })
      const name = testInfo.title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")
      await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`), fullPage: true }).catch(() => undefined)
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

/** From a filled cart: address → delivery → payment → review → place order. Returns the order number. */
export async function checkout(
  page: Page,
  region: "us" | "eu",
  address: AddressInput,
  options: { shipping?: string; doubleClickPlaceOrder?: boolean } = {},
) {
  const shipping = options.shipping ?? "Standard shipping"
  await page.goto(`/${region}/checkout`)
  await fillAddress(page, address)
  await page.getByTestId("save-address").click()
  await expect(page.getByText("Address saved")).toBeVisible()
  await page.getByRole("radio", { name: new RegExp(shipping) }).check()
  await page.getByTestId("save-shipping").click()
  await expect(page.getByText("Delivery option saved")).toBeVisible()
  await page.getByTestId("save-payment").click()
  await expect(page.getByTestId("place-order")).toBeVisible()
  if (options.doubleClickPlaceOrder) await page.getByTestId("place-order").dblclick()
  else await page.getByTestId("place-order").click()
  await page.waitForURL(/\/order\/[^/]+\/confirmed/)
  await expect(page.getByRole("heading", { name: "Thank you for your order" })).toBeVisible()
  return (await page.getByTestId("order-number").innerText()).replace("#", "")
}

/** "€1,234.50" → 1234.5; "Free" → 0. */
export function amount(text: string): number {
  if (/free/i.test(text)) return 0
  return Number(text.replace(/[^0-9.]/g, ""))
}

export const uniqueEmail = (label: string) => `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`
