/**
 * First-load JavaScript per page, as a browser sees it: every script a fresh visit
 * downloads, gzip-compressed, summed. Part of `npm run bench`; also runs on its own
 * against a running storefront:
 *
 *   npm start                                          # in another terminal
 *   node --import tsx bench/first-load-js.ts [base URL] # default http://localhost:8000
 */
import { chromium } from "@playwright/test"
import { gzipSync } from "node:zlib"
import { PAGES, type PageName } from "./pages"

export type FirstLoadJs = { page: PageName; path: string; scripts: number; rawKB: number; gzipKB: number }

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium"
export const CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"]

export async function measureFirstLoadJs(base: string): Promise<FirstLoadJs[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS })
  const rows: FirstLoadJs[] = []
  try {
    for (const [page, path] of Object.entries(PAGES) as [PageName, string][]) {
      const context = await browser.newContext()
      const tab = await context.newPage()
      const bodies: Promise<Buffer>[] = []
      tab.on("response", (response) => {
        if (response.request().resourceType() === "script") bodies.push(response.body().catch(() => Buffer.alloc(0)))
      })
      await tab.goto(base + path, { waitUntil: "networkidle" })
      const scripts = await Promise.all(bodies)
      rows.push({
        page,
        path,
        scripts: scripts.length,
        rawKB: scripts.reduce((sum, body) => sum + body.length, 0) / 1024,
        gzipKB: scripts.reduce((sum, body) => sum + gzipSync(body).length, 0) / 1024,
      })
      await context.close()
    }
  } finally {
    await browser.close()
  }
  return rows
}

if (require.main === module) {
  const base = (process.argv[2] || process.env.STOREFRONT_URL || "http://localhost:8000").replace(/\/$/, "")
  measureFirstLoadJs(base).then((rows) => {
    console.log("page".padEnd(44), "scripts", "raw".padStart(10), "gzip".padStart(10))
    for (const row of rows) {
      console.log(`${row.page} (${row.path})`.padEnd(44), String(row.scripts).padStart(7), `${row.rawKB.toFixed(1)} kB`.padStart(10), `${row.gzipKB.toFixed(1)} kB`.padStart(10))
    }
  })
}
