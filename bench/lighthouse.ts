/**
 * Lighthouse scores (default config: mobile, simulated throttling) for the cached pages,
 * with Debian's Chromium. The median of `runs` runs per page, since single performance
 * scores move by a few points between runs on a busy machine.
 */
import { launch } from "chrome-launcher"
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./first-load-js"
import { CACHED_PAGES, PAGES, type PageName } from "./pages"

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const
export type LighthouseScores = Record<(typeof CATEGORIES)[number], number>
/** `offsite`: requests the page made beyond this machine (none can succeed here, and a page should make none). */
export type LighthouseRow = { page: PageName; runs: LighthouseScores[]; median: LighthouseScores; seconds: number; offsite: string[] }

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

export async function measureLighthouse(storefrontUrl: string, runs: number, log: (line: string) => void): Promise<LighthouseRow[]> {
  // Lighthouse is an ES module only.
  const { default: lighthouse } = await import("lighthouse")
  const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: ["--headless=new", ...CHROMIUM_FLAGS] })
  const rows: LighthouseRow[] = []
  try {
    for (const page of CACHED_PAGES) {
      const started = Date.now()
      const scores: LighthouseScores[] = []
      const offsite = new Set<string>()
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(storefrontUrl + PAGES[page], { port: chrome.port, logLevel: "error", output: "json", onlyCategories: [...CATEGORIES] })
        if (!result) throw new Error(`Lighthouse returned nothing for ${PAGES[page]}`)
        if (result.lhr.runtimeError) throw new Error(`Lighthouse on ${PAGES[page]}: ${result.lhr.runtimeError.message}`)
        const score = (category: (typeof CATEGORIES)[number]) => Math.round((result.lhr.categories[category]?.score ?? 0) * 100)
        const requests = result.lhr.audits["network-requests"]?.details
        if (requests?.type === "table") {
          for (const item of requests.items) {
            if (typeof item.url === "string" && !/^(https?:\/\/(localhost|127\.0\.0\.1)[:/]|data:|blob:)/.test(item.url)) offsite.add(item.url)
          }
        }
        scores.push({ performance: score("performance"), accessibility: score("accessibility"), "best-practices": score("best-practices"), seo: score("seo") })
      }
      const seconds = (Date.now() - started) / 1000
      const medianScores = Object.fromEntries(CATEGORIES.map((c) => [c, median(scores.map((s) => s[c]))])) as LighthouseScores
      rows.push({ page, runs: scores, median: medianScores, seconds, offsite: [...offsite] })
      log(`${page}: ${CATEGORIES.map((c) => `${c} ${medianScores[c]}`).join(", ")} (${seconds.toFixed(0)} s for ${runs} runs${offsite.size ? `; offsite requests: ${[...offsite].join(" ")}` : ""})`)
    }
  } finally {
    await chrome.kill()
  }
  return rows
}
