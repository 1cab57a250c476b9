/**
 * `npm run bench`: every benchmark against one throwaway production shop, with the targets.
 *
 *   npm run bench                                  all sections, 100 products
 *   npm run bench -- --only=storefront,lighthouse  some sections: relevance, storefront,
 *                                                  lighthouse, js, backend, load, memory
 *   npm run bench -- --products 10000              also the Store API on a 10,000-product catalogue
 *   npm run bench -- --load-seconds 60             shorter shopper run (default 120)
 *   npm run bench -- --cold-start                  also clean clone -> shop open (~5 min)
 *   --seconds N        each autocannon run (default 5); --lighthouse-runs N (default 3)
 *   --shoppers N       virtual shoppers (default 100); --think-ms N (default 1000)
 *   npm run bench -- --only=stability --repeat 5   the shopper run 5 times, RSS after each
 *   npm run bench -- --only=cart                    add to cart's latency and SQL work per call
 *   --backend-processes N   the backend as N processes (medusa start --cluster, a throwaway
 *                      redis-server), as `npm start` runs it where Redis is installed; default 1
 *   --heap-snapshots   with stability: a V8 heap snapshot of the backend after each run, in
 *                      the run's folder (compare two in Chrome DevTools' Memory tab)
 *
 * Prints a table per section and writes bench/results/<time>.json and bench/results/latest.json.
 */
import { join, resolve } from "node:path"
import { loadavg } from "node:os"
import { measureBackendApi } from "./backend-api"
import { profileAddToCart } from "./cart-profile"
import { generateProducts } from "./catalog"
import { measureColdStart } from "./cold-start"
import { measureFirstLoadJs } from "./first-load-js"
import { startEmptyAppRouter } from "./empty-app-router"
import { startBareHtml } from "./bare-html"
import { EMPTY_APP_ROUTER, isControl, measureLighthouse, storefrontTargets } from "./lighthouse"
import { measureListingReach } from "./listing"
import { measureSearchRelevance } from "./search-relevance"
import { settle } from "./http-load"
import { runShoppers } from "./load-shoppers"
import { measureStability } from "./stability"
import { MemorySampler, type Footprint } from "./memory"
import { evaluateTargets, machine, printResults, writeResults, type Results } from "./report"
import { startBenchStack } from "./stack"
import { discoverShop } from "./store-api"
import { measureStorefrontThroughput } from "./storefront-throughput"

const SECTIONS = ["relevance", "storefront", "lighthouse", "js", "backend", "cart", "load", "memory", "stability"] as const
type Section = (typeof SECTIONS)[number]
const BASE_PRODUCTS = 100

function option(name: string): string | undefined {
  const inline = process.argv.find((arg) => arg.startsWith(`--${name}=`))
  if (inline) return inline.slice(name.length + 3)
  const index = process.argv.indexOf(`--${name}`)
  return index > 0 ? process.argv[index + 1] : undefined
}

function number(name: string, fallback: number) {
  const value = option(name)
  if (value === undefined) return fallback
  const parsed = Number(value)
  if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`--${name} needs a number, got "${value}"`)
  return parsed
}

function sections(): Set<Section> {
  const only = option("only")
  if (!only) return new Set(SECTIONS)
  const wanted = only.split(",").map((s) => s.trim())
  const unknown = wanted.filter((s) => !(SECTIONS as readonly string[]).includes(s))
  if (unknown.length) throw new Error(`Unknown section(s) ${unknown.join(", ")}; choose from ${SECTIONS.join(", ")}`)
  return new Set(wanted as Section[])
}

/** Peaks while the shop is under measurement, not while it is built or filled. */
function measuredPeaks(sampler: MemorySampler): NonNullable<Results["memory"]> {
  const byPhase = Object.fromEntries(Object.entries(sampler.phasePeaks).filter(([phase]) => phase !== "setup" && phase !== "generation"))
  const peaks: Record<string, Footprint> = {}
  for (const phase of Object.values(byPhase)) {
    for (const [part, footprint] of Object.entries(phase)) {
      peaks[part] = { rssMB: Math.max(peaks[part]?.rssMB ?? 0, footprint.rssMB), pssMB: Math.max(peaks[part]?.pssMB ?? 0, footprint.pssMB) }
    }
  }
  return { peaks, byPhase }
}

async function main() {
  process.env.MEDUSA_DISABLE_TELEMETRY = "true"
  process.env.NEXT_TELEMETRY_DISABLED = "1"
  const wanted = sections()
  const options = {
    sections: [...wanted],
    products: number("products", BASE_PRODUCTS),
    seconds: number("seconds", 5),
    lighthouseRuns: number("lighthouse-runs", 3),
    loadSeconds: number("load-seconds", 120),
    shoppers: number("shoppers", 100),
    repeat: number("repeat", 5),
    backendProcesses: number("backend-processes", 1),
    thinkMs: number("think-ms", 1000),
    coldStart: process.argv.includes("--cold-start"),
  }
  const startedAt = new Date().toISOString()
  const resultsDir = resolve(__dirname, "results")
  const runDir = join(resultsDir, `run-${startedAt.replace(/[:.]/g, "-")}`)
  const results: Results = { startedAt, machine: machine(), options, backendMode: "production", setupSeconds: {}, generation: [] }
  // Written after every section too, so a run stopped half-way still leaves its numbers.
  let sampler: MemorySampler | undefined
  const section = (title: string) => {
    if (sampler && wanted.has("memory")) results.memory = measuredPeaks(sampler)
    writeResults(resultsDir, results)
    console.log(`\n▸ ${title}  [${((Date.now() - Date.parse(startedAt)) / 1000).toFixed(0)} s]`)
  }
  const log = (line: string) => console.log(`  ${line}`)
  console.log(`Benchmarks: ${options.sections.join(", ")}; ${machine().cpus} CPUs, load average ${loadavg().map((n) => n.toFixed(1)).join(" ")}`)

  const needsStorefront = ["storefront", "lighthouse", "js", "load", "stability"].some((s) => wanted.has(s as Section))

  const heapSnapshots = process.argv.includes("--heap-snapshots")
  // Inherited by the backend (backendEnv copies this environment); written into the run's folder.
  if (heapSnapshots) process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ""} --heapsnapshot-signal=SIGUSR2 --diagnostic-dir=${runDir}`.trim()

  section("Starting a throwaway production shop")
  const stack = await startBenchStack(runDir, log, options.backendProcesses)
  sampler = new MemorySampler(stack.pids)
  sampler.during("setup")
  sampler.start()
  try {
    if (wanted.has("relevance")) {
      section("Search relevance on the judged queries (seeded catalogue)")
      sampler.during("relevance")
      results.relevance = await measureSearchRelevance(stack.backendUrl, stack.publishableKey, log)
    }
    results.generation.push(await generateProducts(stack.backendEnv, BASE_PRODUCTS, log))
    const shop = await discoverShop(stack.backendUrl, stack.publishableKey)
    if (needsStorefront) await stack.startStorefront()
    results.setupSeconds = stack.timings

    if (wanted.has("storefront")) {
      section("Storefront throughput against static files")
      sampler.during("storefront")
      results.storefront = await measureStorefrontThroughput(stack.storefrontUrl, runDir, options.seconds, log)
      results.listing = [{ products: BASE_PRODUCTS, ...(await measureListingReach(stack.storefrontUrl, log)) }]
    }
    if (wanted.has("lighthouse")) {
      section("Lighthouse")
      sampler.during("lighthouse")
      // The framework's floor and the browser's beside the shop's pages, measured the same way in the same run.
      const empty = await startEmptyAppRouter(runDir, log)
      const bare = await startBareHtml()
      try {
        const targets = [...storefrontTargets(stack.storefrontUrl), { page: EMPTY_APP_ROUTER, url: empty.url }, ...bare.targets]
        const rows = await measureLighthouse(targets, options.lighthouseRuns, log)
        results.lighthouse = rows.map((row) => ({ ...row, products: isControl(row.page) ? 0 : BASE_PRODUCTS }))
      } finally {
        await Promise.all([empty.stop(), bare.stop()])
      }
    }
    if (wanted.has("js")) {
      section("First-load JavaScript")
      sampler.during("js")
      results.firstLoadJs = await measureFirstLoadJs(stack.storefrontUrl)
    }
    if (wanted.has("backend")) {
      section(`Store API, ${BASE_PRODUCTS} products`)
      sampler.during("backend")
      results.backend = [{ products: BASE_PRODUCTS, rows: await measureBackendApi(shop, options.seconds, log) }]
    }
    if (wanted.has("cart")) {
      section("Add to cart, one shopper: latency and database work per call")
      sampler.during("cart")
      results.cart = await profileAddToCart(shop, stack.backendEnv.DATABASE_URL ?? "", 40, log)
    }
    if (wanted.has("load")) {
      section(`${options.shoppers} virtual shoppers for ${options.loadSeconds} s`)
      sampler.during("load")
      await settle(`${stack.backendUrl}/store/regions`, { "x-publishable-api-key": stack.publishableKey })
      results.load = await runShoppers(stack.storefrontUrl, shop, {
        shoppers: options.shoppers,
        seconds: options.loadSeconds,
        thinkMs: options.thinkMs,
        checkoutShare: 0.25,
      })
    }
    if (wanted.has("stability")) {
      section(`${options.shoppers} virtual shoppers for ${options.loadSeconds} s, ${options.repeat} times`)
      sampler.during("stability")
      await settle(`${stack.backendUrl}/store/regions`, { "x-publishable-api-key": stack.publishableKey })
      const shopParts = () => {
        const { backend, storefront } = stack.pids()
        return { backend, storefront }
      }
      results.stability = await measureStability(stack.storefrontUrl, shop, shopParts, options.repeat, {
        shoppers: options.shoppers,
        seconds: options.loadSeconds,
        thinkMs: options.thinkMs,
        checkoutShare: 0.25,
      }, log, async (run) => {
        const pid = stack.pids().backend
        if (!heapSnapshots || !pid) return
        process.kill(pid, "SIGUSR2")
        // Writing the snapshot blocks the backend; it answers again once the file is complete.
        await new Promise((done) => setTimeout(done, 1000))
        await settle(`${stack.backendUrl}/health`, {})
        log(`heap snapshot after run ${run} written to ${runDir}`)
      })
    }
    if (wanted.has("memory") && !["storefront", "backend", "load", "stability"].some((s) => wanted.has(s as Section))) {
      section("Memory of the idle shop")
      sampler.during("idle")
      await new Promise((done) => setTimeout(done, 5000))
    }
    const atScale = ["backend", "storefront", "lighthouse"].filter((s) => wanted.has(s as Section))
    if (options.products > BASE_PRODUCTS && atScale.length) {
      section(`Generating products up to ${options.products}`)
      sampler.during("generation")
      results.generation.push(await generateProducts(stack.backendEnv, options.products, log))
      if (wanted.has("backend")) {
        section(`Store API, ${options.products} products`)
        sampler.during(`backend ${options.products}`)
        results.backend?.push({ products: options.products, rows: await measureBackendApi(shop, options.seconds, log) })
      }
      if (wanted.has("storefront") || wanted.has("lighthouse")) await stack.revalidateCatalogue()
      if (wanted.has("storefront")) {
        section(`The shop's listing at ${options.products} products`)
        results.listing?.push({ products: options.products, ...(await measureListingReach(stack.storefrontUrl, log)) })
      }
      if (wanted.has("lighthouse")) {
        section(`Lighthouse, ${options.products} products`)
        sampler.during(`lighthouse ${options.products}`)
        const rows = await measureLighthouse(storefrontTargets(stack.storefrontUrl), options.lighthouseRuns, log)
        results.lighthouse = [...(results.lighthouse ?? []), ...rows.map((row) => ({ ...row, products: options.products }))]
      }
    }
  } finally {
    await sampler.stop()
    section("Stopping the shop")
    await stack.stop()
  }
  if (wanted.has("memory")) results.memory = measuredPeaks(sampler)
  if (options.coldStart) {
    section("Cold start: clean clone -> shop open")
    results.coldStart = await measureColdStart(log)
  }

  results.machine.loadAverageAtEnd = loadavg().map((n) => Number(n.toFixed(2)))
  results.targets = evaluateTargets(results)
  printResults(results)
  console.log(`\nWritten to ${writeResults(resultsDir, results)} and ${join(resultsDir, "latest.json")}`)
  console.log(`Load average at start ${results.machine.loadAverageAtStart.join(" ")}, at end ${results.machine.loadAverageAtEnd.join(" ")} (other work on this machine makes numbers noisy).`)
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  }
)
