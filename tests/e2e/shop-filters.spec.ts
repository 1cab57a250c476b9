import { expect, test } from "./shop"

test("shop filters and sorting live in the URL and survive reload and back/forward", async ({ page }) => {
  // The count above the tiles ("12 products"), the region of results it names.
  const heading = page.getByRole("heading", { level: 2, name: /^\d+ products?$/ })
  await page.goto("/eu/shop")
  await expect(heading).toHaveText(/^\d+ products$/)
  const allCount = await heading.innerText()

  await page.getByLabel("Kapok").check()
  await page.waitForURL(/fill=Kapok/)
  // Exactly the published products the seed makes with a kapok fill.
  await expect(heading).toHaveText("6 products")
  // Product tiles carry a price; the journal posts woven between them do not.
  const results = page.getByRole("region", { name: "6 products" }).getByRole("listitem").filter({ hasText: "€" }).getByRole("heading", { level: 3 })
  expect((await results.allInnerTexts()).sort()).toEqual(
    ["Classic Round Zafu", "Crescent Zafu", "Hemp Round Zafu", "Rectangular Bolster", "Tall Round Zafu", "Zafu & Zabuton Set"],
  )
  const kapokCount = await heading.innerText()

  await page.getByLabel("Sort by").selectOption("price-asc")
  await page.waitForURL(/sort=price-asc/)
  const prices = await page.getByTestId("tile-price").allInnerTexts()
  const amounts = prices.map((p) => Number(p.replace(/[^0-9.]/g, "")))
  expect(amounts).toEqual([...amounts].sort((a, b) => a - b))

  await page.reload()
  await expect(heading).toHaveText(kapokCount)
  await expect(page.getByLabel("Kapok")).toBeChecked()
  await expect(page.getByLabel("Sort by")).toHaveValue("price-asc")

  await page.goBack()
  await page.goBack()
  await expect(heading).toHaveText(allCount)
  await expect(page.getByLabel("Kapok")).not.toBeChecked()
  await page.goForward()
  await expect(heading).toHaveText(kapokCount)
  await expect(page.getByLabel("Kapok")).toBeChecked()

  // Prices in the URL filter by the product's lowest price.
  await page.goto("/us/shop/round-zafus?min=100")
  await expect(heading).toHaveText("1 product")
  await expect(page.getByRole("heading", { name: "Hemp Round Zafu" })).toBeVisible()
})
