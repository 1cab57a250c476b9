import { addToCart, expect, test } from "./shop"

test("the cart shows the picture of the colour that was chosen", async ({ page }) => {
  await addToCart(page, "/us/products/classic-round-zafu", ["Kapok", "Sage"])
  await page.goto("/us/cart")
  const picture = page.getByRole("img", { name: "Classic Round Zafu — Kapok / Sage" })
  await expect(picture).toBeVisible()
  await expect(picture).toHaveAttribute("src", /classic-round-zafu-sage-front/)
})
