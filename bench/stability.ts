/**
 * Memory over repeated identical loads: the virtual shoppers' run `repeat` times against one
 * shop, with each part's RSS read after every run (once the load has stopped and the process
 * had a few seconds to collect) and its peak during the run. Bounded memory means the later
 * runs end where the second did: the first run fills caches and compiles code, a leak keeps
 * climbing after it.
 */
import { runShoppers, type LoadOptions } from "./load-shoppers"
import { footprint, MemorySampler, type Roots } from "./memory"
import type { Shop } from "./store-api"

export type StabilityRun = {
  run: number
  requests: number
  errors: number
  orders: number
  /** Peak RSS (MB) per part during the run. */
  peakMB: Record<string, number>
  /** RSS (MB) per part a few seconds after the run. */
  afterMB: Record<string, number>
}

export type Stability = { repeat: number; options: LoadOptions; runs: StabilityRun[] }

const AFTER_RUN_PAUSE_MS = 5000

export async function measureStability(
  storefrontUrl: string,
  shop: Shop,
  roots: Roots,
  repeat: number,
  options: LoadOptions,
  log: (line: string) => void,
  /** Called after each run's reading (the heap snapshots of --heap-snapshots). */
  afterRun: (run: number) => Promise<void> = async () => {}
): Promise<Stability> {
  const runs: StabilityRun[] = []
  for (let run = 1; run <= repeat; run++) {
    const sampler = new MemorySampler(roots).start()
    const load = await runShoppers(storefrontUrl, shop, options)
    await sampler.stop()
    await new Promise((done) => setTimeout(done, AFTER_RUN_PAUSE_MS))
    const afterMB: Record<string, number> = {}
    for (const [part, pid] of Object.entries(roots())) if (pid) afterMB[part] = Math.round((await footprint(pid, undefined, false)).rssMB)
    const peakMB = Object.fromEntries(Object.entries(sampler.peaks).map(([part, peak]) => [part, Math.round(peak.rssMB)]))
    runs.push({ run, requests: load.requests, errors: load.errors, orders: load.orders, peakMB, afterMB })
    const parts = Object.keys(afterMB).map((part) => `${part} ${afterMB[part]} MB (peak ${peakMB[part]})`)
    log(`run ${run}/${repeat}: ${load.requests} requests, ${load.errors} errors, ${load.orders} orders; after: ${parts.join(", ")}`)
    await afterRun(run)
  }
  return { repeat, options, runs }
}

/** How far the last run's RSS after is from the second's, per part (0.05 = 5 % more). */
export function drift(stability: Stability): Record<string, number> {
  const second = stability.runs[1]
  const last = stability.runs[stability.runs.length - 1]
  if (!second || !last) return {}
  return Object.fromEntries(Object.keys(last.afterMB).filter((part) => second.afterMB[part]).map((part) => [part, last.afterMB[part] / second.afterMB[part] - 1]))
}
