/** What a search engine's crawler is told: robots.txt's rules and where the sitemap is, and the sitemap's alternates. */
import { expect, test } from "./shop"

/** Google's reading of robots.txt for "*": the longest matching rule wins, Allow on a tie. */
function robotsAllows(robots: string, path: string) {
  const rules = robots
    .split("\n")
    .map((line) => /^(allow|disallow):\s*(\S*)/i.exec(line.trim()))
    .filter((match) => match !== null && match[2] !== "")
    .map((match) => ({ allow: match![1].toLowerCase() === "allow", pattern: match![2] }))
  const matches = (pattern: string) =>
    new RegExp(`^${pattern.replace(/[.+?^{}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\\\$$/, "$")}`).test(path)
  const best = rules
    .filter((rule) => matches(rule.pattern))
    .sort((a, b) => b.pattern.length - a.pattern.length || Number(b.allow) - Number(a.allow))[0]
  return best ? best.allow : true
}

test("robots.txt keeps crawlers out of carts, checkouts, accounts, orders and search, and points at the sitemap", async ({ request }) => {
  const response = await request.get("/robots.txt")
  expect(response.status()).toBe(200)
  expect(response.headers()["content-type"]).toContain("text/plain")
  const robots = await response.text()
  expect(robots).toMatch(/^User-Agent: \*$/im)

  const sitemap = /^Sitemap:\s*(\S+)$/im.exec(robots)?.[1]
  expect(sitemap).toMatch(/^https?:\/\/[^/]+\/sitemap\.xml$/)
  expect((await request.get(sitemap!)).status()).toBe(200)

  for (const region of ["us", "eu"]) {
    for (const path of ["/cart", "/checkout", "/checkout/payment-return", "/account", "/account/orders", "/order/order_01/confirmed", "/search?q=zafu"]) {
      expect(robotsAllows(robots, `/${region}${path}`), `${region}${path} should be disallowed`).toBe(false)
    }
    for (const path of ["", "/shop", "/shop/round-zafus", "/products/classic-round-zafu", "/journal", "/journal/zafu-or-bench"]) {
      expect(robotsAllows(robots, `/${region}${path}`), `${region}${path} should be allowed`).toBe(true)
    }
  }
  expect(robotsAllows(robots, "/api/search?q=zafu")).toBe(false)
  // What the pages load must stay reachable, or search engines see them broken.
  for (const path of ["/_next/static/chunks/main.js", "/_next/image?url=x", "/journal-images/posts/zafu-or-bench.svg", "/share-cards/products/classic-round-zafu/card.png", "/feed.xml"]) {
    expect(robotsAllows(robots, path), `${path} should be allowed`).toBe(true)
  }
})

test("the sitemap lists each page's copy in the other region", async ({ page, request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text()
  await page.goto("/eu/journal")
  const alternates = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml")
    const entry = [...doc.getElementsByTagName("url")].find((url) => url.getElementsByTagName("loc")[0]?.textContent?.endsWith("/eu/products/oak-seiza-bench"))
    return Object.fromEntries(
      [...(entry?.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link") ?? [])].map((link) => [link.getAttribute("hreflang"), link.getAttribute("href")])
    )
  }, sitemap)
  expect(alternates["en-US"]).toMatch(/^https?:\/\/[^/]+\/us\/products\/oak-seiza-bench$/)
  expect(alternates["en-IE"]).toMatch(/^https?:\/\/[^/]+\/eu\/products\/oak-seiza-bench$/)
  expect(alternates["x-default"]).toMatch(/^https?:\/\/[^/]+\/us\/products\/oak-seiza-bench$/)
})
