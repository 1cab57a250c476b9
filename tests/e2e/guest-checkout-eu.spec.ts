import { amount, addToCart, checkout, expect, test, uniqueEmail } from "./shop"

test("guest buys two products in the EU region and sees the confirmation in euros", async ({ page }) => {
  await addToCart(page, "/eu/products/classic-round-zafu", ["Buckwheat hulls", "Indigo"])
  await addToCart(page, "/eu/products/travel-zafu", ["Sage"])
  await expect(page.getByTestId("cart-count")).toHaveText("2")

  const orderNumber = await checkout(page, "eu", {
    email: uniqueEmail("guest"),
    firstName: "Lena",
    lastName: "Vogel",
    street: "Torstraße 12",
    postcode: "10119",
    city: "Berlin",
    country: "Germany",
  })
  expect(Number(orderNumber)).toBeGreaterThan(0)

  const items = page.getByTestId("summary-item")
  await expect(items).toHaveCount(2)
  await expect(items.filter({ hasText: "Classic Round Zafu" })).toContainText("€84.00")
  await expect(items.filter({ hasText: "Travel Zafu" })).toContainText("€60.00")
  // 84 + 60 = 144: over the €140 threshold, so standard shipping is free.
  await expect(page.getByTestId("subtotal")).toHaveText("€144.00")
  await expect(page.getByTestId("shipping")).toHaveText("Free")
  const taxLabel = await page.getByTestId("tax").locator("xpath=preceding-sibling::dt").innerText()
  const tax = amount(await page.getByTestId("tax").innerText())
  const total = amount(await page.getByTestId("total").innerText())
  await expect(page.getByTestId("total")).toHaveText(/^€\d[\d,]*\.\d{2}$/)
  const expected = /Included/i.test(taxLabel) ? 144 : 144 + tax
  expect(total).toBeCloseTo(expected, 2)
  await expect(page.getByText("Berlin")).toBeVisible()
})
