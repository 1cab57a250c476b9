import { addToCart, amount, expect, test } from "./shop"

test("WELCOME10 applies and an unknown code is refused with a message", async ({ page }) => {
  await addToCart(page, "/us/products/round-bolster", ["Saffron"])
  await page.goto("/us/cart")

  await page.getByLabel("Promo code").fill("NOTACODE")
  await page.getByRole("button", { name: "Apply" }).click()
  await expect(page.getByText(/The code NOTACODE isn't valid/)).toBeVisible()
  await expect(page.getByLabel("Promo code")).toHaveAttribute("aria-invalid", "true")
  await expect(page.getByTestId("discount")).toHaveCount(0)

  await page.getByLabel("Promo code").fill("welcome10")
  await page.getByRole("button", { name: "Apply" }).click()
  await expect(page.getByTestId("applied-code")).toHaveText("WELCOME10")
  await expect(page.getByTestId("discount")).toHaveText("−$7.20")
  expect(amount(await page.getByTestId("subtotal").innerText())).toBe(72)
})
