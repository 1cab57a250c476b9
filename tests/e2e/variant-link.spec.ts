import type { Page } from "@playwright/test"
import { expect, test } from "./shop"

const ZAFU = "/us/products/classic-round-zafu"

const option = (page: Page, value: string) => page.getByRole("button", { name: new RegExp(`^${value}`) })

/** The Product in the page's structured data (other JSON-LD blocks, breadcrumbs say, are skipped). */
async function productData(page: Page) {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
  const product = blocks.map((text) => JSON.parse(text)).find((data) => data["@type"] === "Product")
  expect(product, "no Product in the page's JSON-LD").toBeTruthy()
  return product as { offers: { name: string; url: string; price: string; availability: string }[] }
}

test("a chosen variant is in the address, and that address opens on it with its price", async ({ page, browser }) => {
  await page.goto(ZAFU)
  await expect(page.getByText("$89.00")).toBeVisible()
  await page.evaluate(() => {
    Object.assign(window, { samePage: true })
    window.scrollTo(0, 120)
  })
  await option(page, "Kapok").click()
  await option(page, "Sage").click()
  await expect(option(page, "Sage")).toBeFocused()
  await expect(page).toHaveURL(/\/us\/products\/classic-round-zafu\?colour=sage&fill=kapok$/)
  await expect(page.getByText("$99.00")).toBeVisible()
  // Picked in place: no page load, no jump to the top.
  expect(await page.evaluate(() => ({ samePage: "samePage" in window, y: window.scrollY }))).toEqual({ samePage: true, y: 120 })

  // A friend opens the link: without JavaScript, so this is the server's first HTML.
  const friend = await browser.newContext({ javaScriptEnabled: false })
  const shared = await friend.newPage()
  await shared.goto(page.url())
  await expect(option(shared, "Kapok")).toHaveAttribute("aria-pressed", "true")
  await expect(option(shared, "Sage")).toHaveAttribute("aria-pressed", "true")
  await expect(option(shared, "Buckwheat hulls")).toHaveAttribute("aria-pressed", "false")
  await expect(shared.getByText("$99.00")).toBeVisible()
  await expect(shared.getByText("In stock")).toBeVisible()
  await expect(shared.getByRole("img", { name: /Classic Round Zafu/ }).first()).toHaveAttribute("src", /-sage-front/)
  await friend.close()
})

test("the structured data offers each variant at its own address, and each address opens on it", async ({ page }) => {
  await page.goto(ZAFU)
  const { offers } = await productData(page)
  expect(new Set(offers.map((offer) => offer.url)).size).toBe(offers.length)
  const kapokSage = offers.find((offer) => offer.name === "Kapok / Sage")
  expect(kapokSage).toMatchObject({ price: "99.00", availability: "https://schema.org/InStock" })
  expect(kapokSage?.url).toMatch(/\/us\/products\/classic-round-zafu\?colour=sage&fill=kapok$/)
  const soldOut = offers.find((offer) => offer.name === "Kapok / Charcoal")
  expect(soldOut?.availability).toBe("https://schema.org/OutOfStock")

  const { pathname, search } = new URL(soldOut!.url)
  await page.goto(`${pathname}${search}`)
  await expect(option(page, "Kapok")).toHaveAttribute("aria-pressed", "true")
  await expect(option(page, "Charcoal")).toHaveAttribute("aria-pressed", "true")
  await expect(page.getByRole("button", { name: "Sold out", exact: true })).toBeDisabled()
})

test("an address naming a colour the product lacks opens on the first variant with the rest", async ({ page }) => {
  const response = await page.goto(`${ZAFU}?colour=velvet-purple&fill=kapok`)
  expect(response?.status()).toBe(200)
  await expect(option(page, "Kapok")).toHaveAttribute("aria-pressed", "true")
  await expect(option(page, "Indigo")).toHaveAttribute("aria-pressed", "true")
  await expect(page.getByText("$99.00")).toBeVisible()
})
