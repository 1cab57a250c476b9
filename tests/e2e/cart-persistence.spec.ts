import { addToCart, expect, test } from "./shop"

test("the cart survives a reload and lives in an httpOnly cookie", async ({ page, context }) => {
  await addToCart(page, "/us/products/knee-support-pillows", ["Sage"], 2)
  await page.goto("/us/cart")
  await expect(page.getByTestId("cart-line")).toHaveCount(1)
  await expect(page.getByLabel("Quantity")).toHaveValue("2")

  await page.reload()
  await expect(page.getByTestId("cart-line")).toContainText("Knee Support Pillows")
  await expect(page.getByLabel("Quantity")).toHaveValue("2")
  await expect(page.getByTestId("cart-count")).toHaveText("2")

  const cookie = (await context.cookies()).find((c) => c.name === "sp_cart")
  expect(cookie?.httpOnly).toBe(true)
  // Scripts in the page cannot read it.
  expect(await page.evaluate(() => document.cookie)).not.toContain("sp_cart")
})
