/** What search engines and browsers read from a page's head: where it lives, and the shop's icon. */
import { expect, test } from "./shop"

for (const path of ["/us/products/classic-round-zafu", "/eu/journal/zafu-or-bench"]) {
  test(`${path} names its own absolute address as canonical`, async ({ page }) => {
    await page.goto(path)
    // Search engines ignore a relative canonical; the address is the shop's (SITE_URL), not the request's.
    const canonical = await page.locator('link[rel="canonical"]').getAttribute("href")
    expect(canonical).toMatch(new RegExp(`^https?://[^/]+${path}$`))
  })
}

test("every page links the shop's icon, and the icon is served", async ({ page, request }) => {
  await page.goto("/us")
  const href = await page.locator('link[rel="icon"]').first().getAttribute("href")
  expect(href).toBeTruthy()
  const icon = await request.get(href!)
  expect(icon.status()).toBe(200)
  expect(icon.headers()["content-type"]).toContain("image/svg+xml")
})
