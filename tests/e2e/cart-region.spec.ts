import { addToCart, expect, expectCartCount, test } from "./shop"

test("adding on the other region's product page moves the cart there, every line repriced in its currency", async ({ page }) => {
  await addToCart(page, "/us/products/classic-round-zafu", ["Buckwheat hulls", "Indigo"])
  await expectCartCount(page, 1)
  await addToCart(page, "/eu/products/wooden-mala", ["Sandalwood"])
  await expectCartCount(page, 2)

  await page.goto("/eu/cart")
  const line = (title: string) => page.getByTestId("cart-line").filter({ has: page.getByRole("heading", { name: title }) })
  await expect(line("Classic Round Zafu").getByTestId("line-total")).toHaveText("€84.00")
  await expect(line("Wooden Mala").getByTestId("line-total")).toHaveText("€30.00")
  await expect(page.getByTestId("total")).toHaveText("€114.00")
})
