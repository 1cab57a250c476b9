import { BACKEND_URL, expect, publishableKey, test } from "./shop"

test("the sold-out variant cannot be added, in the shop or through the API", async ({ page, request }) => {
  await page.goto("/us/products/classic-round-zafu")
  await page.getByRole("button", { name: /^Kapok/ }).click()
  await page.getByRole("button", { name: /^Charcoal/ }).click()
  await expect(page.getByTestId("stock-state")).toHaveText("Sold out")
  await expect(page.getByRole("button", { name: "Sold out", exact: true })).toBeDisabled()

  const headers = { "x-publishable-api-key": publishableKey() }
  const regions = await (await request.get(`${BACKEND_URL}/store/regions`, { headers })).json()
  const usd = regions.regions.find((r: { currency_code: string }) => r.currency_code === "usd")
  const products = await (
    await request.get(`${BACKEND_URL}/store/products`, {
      headers,
      params: { handle: "classic-round-zafu", fields: "*variants" },
    })
  ).json()
  const variant = products.products[0].variants.find((v: { sku: string }) => v.sku === "ZAF-RND-KAP-CHA")
  const cart = await (await request.post(`${BACKEND_URL}/store/carts`, { headers, data: { region_id: usd.id } })).json()
  const response = await request.post(`${BACKEND_URL}/store/carts/${cart.cart.id}/line-items`, {
    headers,
    data: { variant_id: variant.id, quantity: 1 },
  })
  expect(response.status()).toBeGreaterThanOrEqual(400)
  expect(response.status()).toBeLessThan(500)
})
