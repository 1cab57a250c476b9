/**
 * Lighthouse scores (default config: mobile, simulated throttling) for the cached pages,
 * with Debian's Chromium. The median of `runs` runs per page, since single performance
 * scores move by a few points between runs on a busy machine.
 */
import { launch } from "chrome-launcher"
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./first-load-js"
import { BARE_HTML, BARE_HTML_FONT } from "./bare-html"
import { CACHED_PAGES, PAGES, type PageName } from "./pages"

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const
export type LighthouseScores = Record<(typeof CATEGORIES)[number], number>
/** The lab metrics behind the performance score, in ms (CLS unitless), as medians over the runs. */
const METRICS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"] as const
export type LighthouseMetrics = Record<(typeof METRICS)[number], number>
/**
 * `offsite`: requests the page made beyond this machine (none can succeed here, and a page should make none).
 * `failing`: audits scored below 0.9 in any run ("category: title"; the metrics carry the values), the profile behind a missed score.
 */
export type LighthouseRow = {
  /** A storefront page, or a control: the framework's floor (bench/empty-app-router.ts), the browser's (bench/bare-html.ts). */
  page: PageName | ControlPage
  runs: LighthouseScores[]
  median: LighthouseScores
  metrics: LighthouseMetrics
  /**
   * When the first frame reached the screen in the unthrottled load Lighthouse simulates from (ms,
   * median): the simulated FCP and LCP take tasks that ran before it as work the paint waited for.
   */
  observedFirstFrame: number
  failing: string[]
  seconds: number
  offsite: string[]
  /** The longest main-thread tasks of the run with the median TBT (Lighthouse's long-tasks audit, throttled ms): where the blocking time comes from. */
  longTasks: { source: string; ms: number }[]
  /**
   * Lighthouse's own measure of the CPU it ran on (median over the runs; higher is faster) and the
   * browser's version: TBT scales with both, so runs on different machines or days compare only beside them.
   */
  benchmarkIndex: number
  browser: string
}

export const EMPTY_APP_ROUTER = "empty App Router page" as const
/** Pages measured beside the shop's as floors, not targets. */
export const CONTROL_PAGES = [EMPTY_APP_ROUTER, BARE_HTML, BARE_HTML_FONT] as const
type ControlPage = (typeof CONTROL_PAGES)[number]
export const isControl = (page: LighthouseRow["page"]): page is ControlPage => (CONTROL_PAGES as readonly string[]).includes(page)
export type LighthouseTarget = { page: LighthouseRow["page"]; url: string }
export const storefrontTargets = (storefrontUrl: string): LighthouseTarget[] => CACHED_PAGES.map((page) => ({ page, url: storefrontUrl + PAGES[page] }))

type LongTask = { url?: string; duration?: number }
const longTasksOf = (details: unknown, origin: string) =>
  ((details as { items?: LongTask[] } | undefined)?.items ?? [])
    .slice(0, 3)
    .map((task) => ({ source: (task.url ?? "?").replace(origin, ""), ms: Math.round(task.duration ?? 0) }))

const observedFirstFrameOf = (details: unknown) =>
  (details as { items?: { observedFirstContentfulPaint?: number }[] } | undefined)?.items?.[0]?.observedFirstContentfulPaint ?? NaN

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

export async function measureLighthouse(targets: LighthouseTarget[], runs: number, log: (line: string) => void): Promise<LighthouseRow[]> {
  // Lighthouse is an ES module only.
  const { default: lighthouse } = await import("lighthouse")
  const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: ["--headless=new", ...CHROMIUM_FLAGS] })
  const rows: LighthouseRow[] = []
  try {
    for (const { page, url } of targets) {
      const started = Date.now()
      const scores: LighthouseScores[] = []
      const offsite = new Set<string>()
      const failing = new Set<string>()
      const metricRuns: LighthouseMetrics[] = []
      const longTaskRuns: LighthouseRow["longTasks"][] = []
      const benchmarkIndexes: number[] = []
      const firstFrames: number[] = []
      let browser = ""
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(url, { port: chrome.port, logLevel: "error", output: "json", onlyCategories: [...CATEGORIES] })
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
        if (result.lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${result.lhr.runtimeError.message}`)
        const score = (category: (typeof CATEGORIES)[number]) => Math.round((result.lhr.categories[category]?.score ?? 0) * 100)
        const requests = result.lhr.audits["network-requests"]?.details
        if (requests?.type === "table") {
          for (const item of requests.items) {
            if (typeof item.url === "string" && !/^(https?:\/\/(localhost|127\.0\.0\.1)[:/]|data:|blob:)/.test(item.url)) offsite.add(item.url)
          }
        }
        for (const category of CATEGORIES) {
          for (const ref of result.lhr.categories[category]?.auditRefs ?? []) {
            const audit = result.lhr.audits[ref.id]
            if (ref.weight > 0 && audit && audit.score !== null && audit.score < 0.9) failing.add(`${category}: ${audit.title}`)
          }
        }
        benchmarkIndexes.push(result.lhr.environment.benchmarkIndex)
        firstFrames.push(observedFirstFrameOf(result.lhr.audits.metrics?.details))
        browser = result.lhr.environment.hostUserAgent.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? result.lhr.environment.hostUserAgent
        longTaskRuns.push(longTasksOf(result.lhr.audits["long-tasks"]?.details, new URL(url).origin))
        metricRuns.push(Object.fromEntries(METRICS.map((m) => [m, result.lhr.audits[m]?.numericValue ?? NaN])) as LighthouseMetrics)
        scores.push({ performance: score("performance"), accessibility: score("accessibility"), "best-practices": score("best-practices"), seo: score("seo") })
      }
      const seconds = (Date.now() - started) / 1000
      const medianScores = Object.fromEntries(CATEGORIES.map((c) => [c, median(scores.map((s) => s[c]))])) as LighthouseScores
      const metrics = Object.fromEntries(METRICS.map((m) => [m, median(metricRuns.map((r) => r[m]))])) as LighthouseMetrics
      const tbt = metricRuns.map((r) => r["total-blocking-time"])
      const longTasks = longTaskRuns[tbt.indexOf(median(tbt))]
      const benchmarkIndex = median(benchmarkIndexes)
      const observedFirstFrame = median(firstFrames)
      rows.push({ page, runs: scores, median: medianScores, metrics, observedFirstFrame, failing: [...failing], seconds, offsite: [...offsite], longTasks, benchmarkIndex, browser })
      log(`${page}: ${CATEGORIES.map((c) => `${c} ${medianScores[c]}`).join(", ")} (${seconds.toFixed(0)} s for ${runs} runs${offsite.size ? `; offsite requests: ${[...offsite].join(" ")}` : ""})`)
      log(`  FCP ${metrics["first-contentful-paint"].toFixed(0)} ms, LCP ${metrics["largest-contentful-paint"].toFixed(0)} ms, TBT ${metrics["total-blocking-time"].toFixed(0)} ms, CLS ${metrics["cumulative-layout-shift"].toFixed(3)}, SI ${metrics["speed-index"].toFixed(0)} ms`)
      log(`  ${browser}, CPU benchmark index ${benchmarkIndex.toFixed(0)}, first frame on screen (unthrottled) ${observedFirstFrame.toFixed(0)} ms`)
      if (longTasks.length) log(`  longest tasks: ${longTasks.map((t) => `${t.ms} ms ${t.source}`).join(", ")}`)
      for (const audit of failing) log(`  below 0.9: ${audit}`)
    }
  } finally {
    await chrome.kill()
  }
  return rows
}
