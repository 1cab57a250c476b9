/** Tables for the terminal, the targets with met/missed, and the JSON result file. */
import { mkdirSync, writeFileSync } from "node:fs"
import { cpus, loadavg, totalmem } from "node:os"
import { join } from "node:path"
import type { BackendRow } from "./backend-api"
import type { CartProfile } from "./cart-profile"
import type { Generation } from "./catalog"
import type { ColdStart } from "./cold-start"
import type { FirstLoadJs } from "./first-load-js"
import type { LoadResult } from "./http-load"
import { isControl, type LighthouseRow } from "./lighthouse"
import type { ListingReach } from "./listing"
import type { LoadReport } from "./load-shoppers"
import type { Footprint } from "./memory"
import type { RelevanceRow } from "./search-relevance"
import { drift, type Stability } from "./stability"
import type { Throughput } from "./storefront-throughput"

export type Results = {
  startedAt: string
  machine: { cpus: number; cpuModel: string; memoryGB: number; node: string; loadAverageAtStart: number[]; loadAverageAtEnd?: number[] }
  options: Record<string, unknown>
  backendMode: "production"
  setupSeconds: Record<string, number>
  generation: Generation[]
  relevance?: RelevanceRow[]
  storefront?: Throughput
  /** Rows for each catalogue size measured (`products`). */
  lighthouse?: (LighthouseRow & { products: number })[]
  listing?: (ListingReach & { products: number })[]
  firstLoadJs?: FirstLoadJs[]
  backend?: { products: number; rows: BackendRow[] }[]
  load?: LoadReport
  stability?: Stability
  cart?: CartProfile
  memory?: { peaks: Record<string, Footprint>; byPhase: Record<string, Record<string, Footprint>> }
  coldStart?: ColdStart
  targets?: Target[]
}

export type Target = { target: string; measured: string; met: boolean | undefined }

export const machine = (): Results["machine"] => ({
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? "?",
  memoryGB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  loadAverageAtStart: loadavg().map((n) => Number(n.toFixed(2))),
})

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 1 : 0) : "-")
const fixed = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : "-")

export function table(title: string, header: string[], rows: (string | number)[][]) {
  const cells = [header, ...rows.map((row) => row.map(String))]
  const widths = header.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? "").length)))
  const line = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ")
  console.log(`\n${title}\n${line(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}`)
  for (const row of cells.slice(1)) console.log(line(row))
}

const status = (result: LoadResult) => {
  if (!result.requests) return `no response within ${fixed(result.seconds)} s`
  const bad = Object.entries(result.badStatuses).map(([code, n]) => `${n}x${code}`)
  return [...(result.errors ? [`${result.errors} errors`] : []), ...bad].join(" ") || "ok"
}

export function printResults(results: Results) {
  if (results.generation.length) {
    table("Generated products", ["catalogue", "generate s", "search reindex s"], results.generation.map((g) => [g.total, fixed(g.generateSeconds, 1), fixed(g.reindexSeconds, 1)]))
  }
  if (results.relevance) {
    table(
      "Search relevance on the judged queries",
      ["provider", "queries", "success@3", "MRR", "missed the top 3"],
      results.relevance.map((r) => [r.provider, r.queries, `${fixed(r.successAt3 * 100, 1)} %`, fixed(r.mrr, 3), r.missed.join("; ")])
    )
  }
  if (results.storefront) {
    table(
      `Storefront vs static files (${results.storefront.staticServer}); latency ms`,
      ["page", "conn", "req/s", "p50", "p95", "p99", "static req/s", "p50", "p95", "p99", "ratio", "status"],
      results.storefront.rows.map((r) => [
        r.page,
        r.connections,
        fixed(r.storefront.requestsPerSecond),
        ms(r.storefront.p50),
        ms(r.storefront.p95),
        ms(r.storefront.p99),
        fixed(r.static.requestsPerSecond),
        ms(r.static.p50),
        ms(r.static.p95),
        ms(r.static.p99),
        fixed(r.ratio, 2),
        status(r.storefront),
      ])
    )
    const perRequest = results.storefront.perRequest ?? []
    if (perRequest.length) {
      table(
        "Storefront pages rendered per request; latency ms",
        ["page", "conn", "req/s", "p50", "p95", "p99", "status"],
        perRequest.map((r) => [r.page, r.connections, fixed(r.storefront.requestsPerSecond), ms(r.storefront.p50), ms(r.storefront.p95), ms(r.storefront.p99), status(r.storefront)])
      )
    }
  }
  if (results.lighthouse) {
    table(
      "Lighthouse (mobile, median of runs)",
      ["page", "products", "performance", "accessibility", "best practices", "SEO", "runs (perf)"],
      results.lighthouse.map((r) => [r.page, r.products, r.median.performance, r.median.accessibility, r.median["best-practices"], r.median.seo, r.runs.map((s) => s.performance).join(" ")])
    )
    table(
      `Lighthouse lab metrics (median; ms) on ${[...new Set(results.lighthouse.map((r) => r.browser))].join(", ")}`,
      ["page", "products", "FCP", "LCP", "TBT", "CLS", "speed index", "first frame, unthrottled", "CPU index", "audits below 0.9", "longest tasks (ms)"],
      results.lighthouse.map((r) => [
        r.page,
        r.products,
        ms(r.metrics["first-contentful-paint"]),
        ms(r.metrics["largest-contentful-paint"]),
        ms(r.metrics["total-blocking-time"]),
        fixed(r.metrics["cumulative-layout-shift"], 3),
        ms(r.metrics["speed-index"]),
        // Runs before this column existed have none.
        r.observedFirstFrame === undefined ? "" : ms(r.observedFirstFrame),
        // Lighthouse's benchmarkIndex: TBT grows as it falls (a slower or busier CPU).
        r.benchmarkIndex.toFixed(0),
        r.failing.length,
        (r.longTasks ?? []).map((t) => `${t.ms} ${t.source}`).join(", "),
      ])
    )
  }
  if (results.listing) {
    table(
      "Shop listing: every product on some page; HTML kB (uncompressed)",
      ["products", "listed", "pages", "last page (expected)", "shop", "category", "last page"],
      results.listing.map((r) => [r.products, r.total, r.pages, `${r.lastPageProducts} (${r.expectedLastPageProducts})`, fixed(r.shopHtmlBytes / 1000, 1), fixed(r.categoryHtmlBytes / 1000, 1), fixed(r.lastPageHtmlBytes / 1000, 1)])
    )
  }
  if (results.firstLoadJs) {
    table("First-load JavaScript", ["page", "scripts", "raw kB", "gzip kB"], results.firstLoadJs.map((r) => [r.page, r.scripts, fixed(r.rawKB, 1), fixed(r.gzipKB, 1)]))
  }
  for (const run of results.backend ?? []) {
    table(
      `Store API, ${run.products} products; latency ms (checkout: whole checkouts, 7-8 requests each)`,
      ["endpoint", "conn", "req/s", "p50", "p95", "p99", "requests", "status"],
      run.rows.map((r) => [r.endpoint, r.connections, fixed(r.result.requestsPerSecond, 1), ms(r.result.p50), ms(r.result.p95), ms(r.result.p99), r.result.requests, status(r.result)])
    )
  }
  if (results.load) {
    const load = results.load
    table(
      `${load.shoppers} shoppers for ${load.seconds} s (think time ~${load.thinkMs} ms): ${load.requests} requests, ${load.errors} errors, ${load.orders} orders`,
      ["step", "count", "p50 ms", "p95 ms", "p99 ms"],
      load.steps.map((s) => [s.step, s.count, ms(s.p50), ms(s.p95), ms(s.p99)])
    )
    if (load.errors) console.log(`  errors (first ${load.errorSamples.length}):\n    ${load.errorSamples.join("\n    ")}`)
  }
  if (results.cart) {
    const { perCall, topTables } = results.cart
    table(
      `Add to cart, one shopper, ${results.cart.calls} calls: latency ms, database work per call`,
      ["p50", "p95", "transactions", "scans", "rows written", "workflow_execution scans / writes", "most scanned"],
      [[ms(results.cart.p50), ms(results.cart.p95), fixed(perCall.transactions, 1), fixed(perCall.scans, 1), fixed(perCall.rowsWritten, 1), `${fixed(perCall.workflowExecutionScans, 1)} / ${fixed(perCall.workflowExecutionWrites, 1)}`, topTables.slice(0, 5).map((t) => `${t.table} ${t.scans}`).join(", ")]]
    )
  }
  if (results.stability) {
    const { runs, options } = results.stability
    const parts = Object.keys(runs[0]?.afterMB ?? {})
    table(
      `RSS over ${runs.length} identical runs of ${options.shoppers} shoppers for ${options.seconds} s, MB: after each run (peak during it)`,
      ["run", "requests", "errors", ...parts],
      runs.map((r) => [r.run, r.requests, r.errors, ...parts.map((part) => `${r.afterMB[part] ?? "-"} (${r.peakMB[part] ?? "-"})`)])
    )
  }
  if (results.memory) {
    const phases = Object.keys(results.memory.byPhase)
    table(
      "Peak memory, MB (RSS summed over each process tree; PSS in brackets)",
      ["part", "peak", ...phases],
      Object.entries(results.memory.peaks).map(([part, peak]) => [
        part,
        `${fixed(peak.rssMB)} (${fixed(peak.pssMB)})`,
        ...phases.map((phase) => {
          const p = results.memory?.byPhase[phase][part]
          return p ? `${fixed(p.rssMB)} (${fixed(p.pssMB)})` : "-"
        }),
      ])
    )
  }
  if (results.coldStart) {
    const c = results.coldStart
    table("Cold start (clean clone of HEAD)", ["step", "seconds"], [["npm install", fixed(c.installSeconds, 1)], ["npm start until the storefront answers", fixed(c.startSeconds, 1)], ["total", fixed(c.installSeconds + c.startSeconds, 1)]])
  }
  if (results.targets) {
    table("Targets", ["target", "measured", ""], results.targets.map((t) => [t.target, t.measured, t.met === undefined ? "not measured" : t.met ? "met" : "MISSED"]))
  }
}

export function evaluateTargets(results: Results): Target[] {
  const targets: Target[] = []
  const add = (target: string, measured: string | undefined, met: boolean | undefined) => targets.push({ target, measured: measured ?? "-", met })

  const throughput = results.storefront?.rows ?? []
  for (const page of [...new Set(throughput.map((r) => r.page))]) {
    const rows = throughput.filter((r) => r.page === page)
    const worst = Math.min(...rows.map((r) => r.ratio))
    add(`${page}: >= 50% of static req/s at every concurrency`, `${Math.round(worst * 100)}% (lowest)`, worst >= 0.5)
    const single = rows.find((r) => r.connections === 1)
    if (single) add(`${page}: p50 <= 5 ms (1 connection)`, `${ms(single.storefront.p50)} ms`, single.storefront.p50 <= 5)
  }
  // The control pages are floors, reported beside the targets, not among them.
  for (const row of (results.lighthouse ?? []).filter((r) => !isControl(r.page))) {
    const page = `Lighthouse ${row.page} (${row.products} products)`
    const m = row.metrics
    add(`${page}: performance >= 99`, String(row.median.performance), row.median.performance >= 99)
    add(
      `${page}: accessibility, best practices, SEO = 100`,
      `${row.median.accessibility}, ${row.median["best-practices"]}, ${row.median.seo}`,
      row.median.accessibility === 100 && row.median["best-practices"] === 100 && row.median.seo === 100
    )
    add(
      `${page}: FCP <= 1.0 s, LCP <= 1.8 s, TBT <= 50 ms, CLS <= 0.02`,
      `${ms(m["first-contentful-paint"])}, ${ms(m["largest-contentful-paint"])}, ${ms(m["total-blocking-time"])} ms, ${fixed(m["cumulative-layout-shift"], 3)}`,
      m["first-contentful-paint"] <= 1000 && m["largest-contentful-paint"] <= 1800 && m["total-blocking-time"] <= 50 && m["cumulative-layout-shift"] <= 0.02
    )
  }
  for (const reach of results.listing ?? []) {
    add(`every product reachable through the shop's pages (${reach.products} products)`, `last page ${reach.lastPageProducts} of ${reach.expectedLastPageProducts}`, reach.lastPageProducts === reach.expectedLastPageProducts)
    add(`shop page HTML <= 120 kB (${reach.products} products)`, `${fixed(reach.shopHtmlBytes / 1000, 1)} kB`, reach.shopHtmlBytes <= 120_000)
  }
  const js = (page: string) => results.firstLoadJs?.find((r) => r.page === page)?.gzipKB
  const post = js("post")
  const product = js("product")
  add("post first-load JS <= 90 kB gz", post === undefined ? undefined : `${fixed(post, 1)} kB`, post === undefined ? undefined : post <= 90)
  add("product first-load JS <= 130 kB gz", product === undefined ? undefined : `${fixed(product, 1)} kB`, product === undefined ? undefined : product <= 130)

  const base = results.backend?.find((run) => run.products === 100)
  const large = results.backend?.find((run) => run.products > 100)
  // A run in which no response came back has no latency (JSON turns its NaN into null).
  const row = (run: { rows: BackendRow[] } | undefined, endpoint: string, connections: number) => {
    const result = run?.rows.find((r) => r.endpoint === endpoint && r.connections === connections)?.result
    return result && result.requests > 0 ? result : undefined
  }
  const measuredRow = (run: { rows: BackendRow[] } | undefined, endpoint: string, connections: number) =>
    run?.rows.some((r) => r.endpoint === endpoint && r.connections === connections)
  const check = (target: string, run: typeof base, endpoint: string, connections: number, key: "p50" | "p95", limit: number) => {
    const result = row(run, endpoint, connections)
    if (result) add(target, `${ms(result[key])} ms`, result[key] <= limit)
    else add(target, measuredRow(run, endpoint, connections) ? "no response" : undefined, measuredRow(run, endpoint, connections) ? false : undefined)
  }
  check("/store/products p95 <= 150 ms (32 connections)", base, "products", 32, "p95", 150)
  check("add to cart p50 <= 100 ms (1 connection)", base, "add to cart", 1, "p50", 100)
  check("search p95 <= 20 ms (1 connection)", base, "search", 1, "p95", 20)
  if (large) check(`search p95 at ${large.products} products (1 connection), reported`, large, "search", 1, "p95", Number.POSITIVE_INFINITY)
  check("listing with filters p95 <= 50 ms (1 connection)", base, "listing", 1, "p95", 50)
  if (large) check(`listing with filters p95 <= 50 ms at ${large.products} products (1 connection)`, large, "listing", 1, "p95", 50)
  for (const row of results.relevance ?? []) {
    add(`search ${row.provider}: success@3 >= 95 %`, `${fixed(row.successAt3 * 100, 1)} %`, row.successAt3 >= 0.95)
    add(`search ${row.provider}: MRR >= 0.85`, fixed(row.mrr, 3), row.mrr >= 0.85)
  }
  const listing1 = row(base, "products", 1)
  const largeListing1 = row(large, "products", 1)
  add(
    `${large?.products ?? 10000}-product listing p50 within 2x of 100 (1 connection)`,
    listing1 && largeListing1 && `${ms(largeListing1.p50)} vs ${ms(listing1.p50)} ms (${fixed(largeListing1.p50 / listing1.p50, 2)}x)`,
    listing1 && largeListing1 && largeListing1.p50 <= 2 * listing1.p50
  )
  const peaks = results.memory?.peaks
  add("backend peak RSS <= 500 MB", peaks?.backend && `${fixed(peaks.backend.rssMB)} MB`, peaks?.backend && peaks.backend.rssMB <= 500)
  add("storefront peak RSS <= 250 MB", peaks?.storefront && `${fixed(peaks.storefront.rssMB)} MB`, peaks?.storefront && peaks.storefront.rssMB <= 250)
  if (results.stability) {
    const last = results.stability.runs[results.stability.runs.length - 1]
    for (const [part, change] of Object.entries(drift(results.stability))) {
      add(`${part} RSS after the last run within 10 % of the second`, `${change >= 0 ? "+" : ""}${fixed(change * 100, 1)} %`, Math.abs(change) <= 0.1)
    }
    const limits: Record<string, number> = { backend: 500, storefront: 250 }
    for (const [part, limit] of Object.entries(limits)) {
      const peak = Math.max(...results.stability.runs.map((r) => r.peakMB[part] ?? 0))
      if (last?.peakMB[part] !== undefined) add(`${part} peak RSS <= ${limit} MB over the repeated runs`, `${peak} MB`, peak <= limit)
    }
    add("repeated runs: 0 errors", String(results.stability.runs.reduce((n, r) => n + r.errors, 0)), results.stability.runs.every((r) => r.errors === 0))
  }
  if (results.load) add("load: 0 errors", String(results.load.errors), results.load.errors === 0)
  return targets
}

export function writeResults(resultsDir: string, results: Results) {
  mkdirSync(resultsDir, { recursive: true })
  const file = join(resultsDir, `${results.startedAt.replace(/[:.]/g, "-")}.json`)
  const text = JSON.stringify(results, null, 2)
  writeFileSync(file, text)
  writeFileSync(join(resultsDir, "latest.json"), text)
  return file
}
