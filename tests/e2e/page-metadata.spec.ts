/** What search engines, social networks and browsers read from a page's head: where it lives, its copies, its picture, the icon. */
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

/** Width and height from a PNG's IHDR chunk or a JPEG's start-of-frame marker. */
function imageSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.subarray(1, 4).toString("latin1") === "PNG") return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
  for (let at = 2; at + 9 < bytes.length; at += 2 + bytes.readUInt16BE(at + 2)) {
    const marker = bytes[at + 1]
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { width: bytes.readUInt16BE(at + 7), height: bytes.readUInt16BE(at + 5) }
    }
  }
  throw new Error("neither a PNG nor a JPEG")
}

for (const path of ["/us/products/classic-round-zafu", "/eu/journal/zafu-or-bench"]) {
  test(`sharing ${path} shows a 1200×630 PNG or JPEG picture`, async ({ page, request }) => {
    await page.goto(path)
    const meta: Record<string, string> = Object.fromEntries(
      await page
        .locator("meta[property^='og:image'], meta[name^='twitter:']")
        .evaluateAll((tags) => tags.map((tag) => [tag.getAttribute("property") ?? tag.getAttribute("name"), tag.getAttribute("content")]))
    )
    expect(meta["og:image"]).toMatch(/^https?:\/\//)
    expect(meta["og:image:width"]).toBe("1200")
    expect(meta["og:image:height"]).toBe("630")
    expect(meta["og:image:type"]).toMatch(/^image\/(png|jpeg)$/)
    expect(meta["twitter:card"]).toBe("summary_large_image")
    expect(meta["twitter:image"]).toBe(meta["og:image"])

    const image = await request.get(meta["og:image"])
    expect(image.status()).toBe(200)
    expect(image.headers()["content-type"]).toBe(meta["og:image:type"])
    expect(imageSize(await image.body())).toEqual({ width: 1200, height: 630 })
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
