/**
 * First-load JavaScript per page, as a browser sees it: every script a fresh visit
 * downloads, gzip-compressed, summed. Runs against a running storefront (not part of
 * `npm test`):
 *
 *   npm start                                          # in another terminal
 *   node --import tsx bench/first-load-js.ts [base URL] # default http://localhost:8000
 */
import { chromium } from "@playwright/test"
import { gzipSync } from "node:zlib"

const base = (process.argv[2] || process.env.STOREFRONT_URL || "http://localhost:8000").replace(/\/$/, "")
const PAGES: Record<string, string> = {
  home: "/us",
  shop: "/us/shop",
  product: "/us/products/classic-round-zafu",
  post: "/us/journal/zafu-or-bench",
  cart: "/us/cart",
  checkout: "/us/checkout",
}

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  })
  const rows: { page: string; scripts: number; raw: number; gzip: number }[] = []
  for (const [name, path] of Object.entries(PAGES)) {
    const context = await browser.newContext()
    const page = await context.newPage()
    const bodies: Promise<Buffer>[] = []
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") bodies.push(response.body().catch(() => Buffer.alloc(0)))
    })
    await page.goto(base + path, { waitUntil: "networkidle" })
    const scripts = await Promise.all(bodies)
    rows.push({
      page: `${name} (${path})`,
      scripts: scripts.length,
      raw: scripts.reduce((sum, body) => sum + body.length, 0),
      gzip: scripts.reduce((sum, body) => sum + gzipSync(body).length, 0),
    })
    await context.close()
  }
  await browser.close()
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`
  console.log("page".padEnd(44), "scripts", "raw".padStart(10), "gzip".padStart(10))
  for (const row of rows) console.log(row.page.padEnd(44), String(row.scripts).padStart(7), kb(row.raw).padStart(10), kb(row.gzip).padStart(10))
}

main()
