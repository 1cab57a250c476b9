/**
 * Add to cart is a route (storefront/src/app/api/cart/lines), posted by the buy box's script or,
 * without script, by the form itself. The product page's plain address is prerendered and an
 * address with a chosen variant renders per request (proxy.ts): the add must work in place on
 * both, whatever the address became after a pick.
 */
import { expect, expectCartCount, test } from "./shop"

const ZAFU = "/us/products/classic-round-zafu"

test("a variant picked on the plain address goes into the cart in place, and its answer stays", async ({ page }) => {
  await page.goto(ZAFU)
  await page.evaluate(() => Object.assign(window, { samePage: true }))
  await page.getByRole("button", { name: /^Kapok/ }).click()
  await page.getByRole("button", { name: /^Sage/ }).click()
  await expect(page).toHaveURL(/\?colour=sage&fill=kapok$/)
  await page.getByLabel("Quantity").fill("2")
  await page.getByRole("button", { name: "Add to cart", exact: true }).click()
  await expect(page.getByRole("status").filter({ hasText: "Added to your cart. Your cart has 2 items." })).toBeVisible()
  await expectCartCount(page, 2)
  expect(await page.evaluate(() => "samePage" in window), "no page load").toBe(true)

  // Again, now on the address with the variant (the per-request page): the line grows.
  await page.reload()
  await expect(page.getByRole("button", { name: /^Sage/ })).toHaveAttribute("aria-pressed", "true")
  await page.getByRole("button", { name: "Add to cart", exact: true }).click()
  await expect(page.getByRole("status").filter({ hasText: "Your cart has 3 items." })).toBeVisible()

  await page.goto("/us/cart")
  const line = page.getByTestId("cart-line")
  await expect(line).toHaveCount(1)
  await expect(line).toContainText("Kapok / Sage")
  await expect(line.getByLabel(/Quantity/)).toHaveValue("3")
})

test("without JavaScript, Add to cart takes the shopper to the cart with the line", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(ZAFU)
  await page.getByRole("button", { name: "Add to cart", exact: true }).click()
  await expect(page).toHaveURL(/\/us\/cart$/)
  await expect(page.getByTestId("cart-line")).toContainText("Classic Round Zafu")
  await context.close()
})

test("a post from another site is refused, and one without a variant says what is missing", async ({ request }) => {
  const form = { variantId: "variant_x", region: "us", quantity: "1" }
  const crossSite = await request.post("/api/cart/lines", { form, headers: { origin: "https://evil.example" } })
  expect(crossSite.status()).toBe(403)
  expect(await crossSite.text()).toBe("This form can only be sent from the shop itself.")

  const noVariant = await request.post("/api/cart/lines", { form: { ...form, variantId: "" }, headers: { accept: "application/json" } })
  expect(noVariant.status()).toBe(400)
  expect(await noVariant.json()).toEqual({ status: "error", message: "Choose an option first." })

  const unknown = await request.post("/api/cart/lines", { form, headers: { accept: "application/json" } })
  expect(unknown.status()).toBe(400)
  expect((await unknown.json()).status).toBe("error")
})
