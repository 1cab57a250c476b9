/** What search engines, social networks and browsers read from a page's head: where it lives, its copies in the other region, the icon. */
import type { Page } from "@playwright/test"
import { expect, test } from "./shop"

for (const path of ["/us/products/classic-round-zafu", "/eu/journal/zafu-or-bench"]) {
  test(`${path} names its own absolute address as canonical`, async ({ page }) => {
    await page.goto(path)
    // Search engines ignore a relative canonical; the address is the shop's (SITE_URL), not the request's.
    const canonical = await page.locator('link[rel="canonical"]').getAttribute("href")
    expect(canonical).toMatch(new RegExp(`^https?://[^/]+${path}$`))
  })
}

/** hreflang → href of the page's <link rel="alternate" hreflang> tags. */
async function hreflangLinks(page: Page) {
  const links = await page.locator("link[rel='alternate'][hreflang]").evaluateAll((elements) =>
    elements.map((element) => [element.getAttribute("hreflang") ?? "", element.getAttribute("href") ?? ""] as const)
  )
  return Object.fromEntries(links)
}

for (const path of ["", "/products/classic-round-zafu", "/journal/zafu-or-bench"]) {
  test(`the US and EU copies of ${path || "the home page"} name each other for search engines`, async ({ page }) => {
    const absolute = (region: string) => new RegExp(`^https?://[^/]+/${region}${path}$`)
    const seen: Record<string, string>[] = []
    for (const region of ["us", "eu"]) {
      await page.goto(`/${region}${path}`)
      const languages = await hreflangLinks(page)
      expect(languages["en-US"]).toMatch(absolute("us"))
      // The EU copy is for English readers in each country the EU region ships to.
      for (const country of ["IE", "DE", "FR", "NL"]) expect(languages[`en-${country}`]).toMatch(absolute("eu"))
      expect(languages["x-default"]).toMatch(absolute("us"))
      expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toMatch(absolute(region))
      seen.push(languages)
    }
    expect(seen[1]).toEqual(seen[0])
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
