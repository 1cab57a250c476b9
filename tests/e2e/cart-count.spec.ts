import { addToCart, expect, expectCartCount, test } from "./shop"

test("the header's cart count follows every change in the cart, without a reload", async ({ page }) => {
  await addToCart(page, "/us/products/classic-round-zafu", ["Sage"])
  await expectCartCount(page, 1)
  await addToCart(page, "/us/products/knee-support-pillows", ["Sage"])
  await expectCartCount(page, 2)

  await page.goto("/us/cart")
  await expectCartCount(page, 2)
  await page.getByRole("button", { name: "Remove Knee Support Pillows" }).click()
  await expect(page.getByRole("heading", { name: "Knee Support Pillows" })).toHaveCount(0)
  await expectCartCount(page, 1)

  await page.getByLabel("Quantity").fill("3")
  await page.getByRole("button", { name: "Update quantity of Classic Round Zafu" }).click()
  await expect(page.getByText("Quantity updated.")).toBeVisible()
  await expectCartCount(page, 3)

  // A quantity of 0 removes the line too.
  await page.getByLabel("Quantity").fill("0")
  await page.getByRole("button", { name: "Update quantity of Classic Round Zafu" }).click()
  await expect(page.getByText("Your cart is empty.")).toBeVisible()
  await expectCartCount(page, 0)
})

test("until the session is read, the header shows no count rather than a wrong one", async ({ page }) => {
  await addToCart(page, "/us/products/classic-round-zafu", ["Sage"])
  // The home page is cached for everyone: its HTML cannot know this cart. Hold the session's answer.
  let release: () => void = () => undefined
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  await page.route("**/api/session", async (route) => {
    await held
    await route.continue()
  })
  await page.goto("/us")
  await expect(page.getByTestId("cart-count")).toHaveText("")
  await expect(page.getByTestId("cart-count")).toBeHidden()
  await expect(page.getByTestId("cart-link")).toHaveAccessibleName("Cart")
  release()
  await expectCartCount(page, 1)
  await expect(page.getByTestId("cart-count")).toHaveText("1")
})
