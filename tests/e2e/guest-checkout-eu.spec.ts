import { addToCart, checkout, expect, expectCartCount, readTotals, test, uniqueEmail } from "./shop"

test("guest buys two products in the EU region and sees the confirmation in euros", async ({ page }) => {
  await addToCart(page, "/eu/products/classic-round-zafu", ["Buckwheat hulls", "Indigo"])
  await addToCart(page, "/eu/products/travel-zafu", ["Sage"])
  await expectCartCount(page, 2)

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

  const items = page.getByRole("listitem").filter({ hasText: /× (Classic Round Zafu|Travel Zafu)/ })
  await expect(items).toHaveCount(2)
  await expect(items.filter({ hasText: "Classic Round Zafu" })).toContainText("€84.00")
  await expect(items.filter({ hasText: "Travel Zafu" })).toContainText("€60.00")
  // 84 + 60 = 144: over the €140 line, so standard shipping is free; German VAT (19 %) is
  // included in the prices: 144 − 144 / 1.19.
  expect(await readTotals(page)).toEqual({ subtotal: 144, discount: 0, shipping: 0, tax: 22.99, taxIncluded: true, refunded: 0, total: 144 })
  await expect(page.getByText("Berlin")).toBeVisible()
})
