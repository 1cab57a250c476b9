/**
 * Peak memory of the shop's parts while the benchmarks load them, read from /proc: for each
 * part, the sum over its process tree of RSS (what the targets are set in) and of PSS
 * (shared pages split between the processes sharing them, so PostgreSQL's shared buffers
 * count once).
 */
import { readdir, readFile } from "node:fs/promises"

export type Footprint = { rssMB: number; pssMB: number }
export type Roots = () => Record<string, number | undefined>

// Asynchronous reads: the bench's load generator (autocannon) runs on this event loop, and a
// sample (smaps_rollup above all) takes tens of milliseconds; read synchronously every 500 ms,
// it held back the responses that arrived meanwhile and added to their measured latency.
const read = (file: string) => readFile(file, "utf8").catch(() => undefined)

async function children(): Promise<Map<number, number[]>> {
  const byParent = new Map<number, number[]>()
  const pids = (await readdir("/proc")).map(Number).filter((pid) => pid > 0)
  const stats = await Promise.all(pids.map((pid) => read(`/proc/${pid}/stat`)))
  for (const [i, stat] of stats.entries()) {
    // undefined: exited while we looked
    if (!stat) continue
    const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1])
    byParent.set(parent, [...(byParent.get(parent) ?? []), pids[i]])
  }
  return byParent
}

function tree(root: number, byParent: Map<number, number[]>): number[] {
  const pids = [root]
  for (let i = 0; i < pids.length; i++) pids.push(...(byParent.get(pids[i]) ?? []))
  return pids
}

async function kilobytes(file: string, field: string): Promise<number> {
  const match = (await read(file))?.match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"))
  return match ? Number(match[1]) : 0
}

const sizeOf = async (pids: number[], file: string, field: string) =>
  (await Promise.all(pids.map((pid) => kilobytes(`/proc/${pid}/${file}`, field)))).reduce((sum, size) => sum + size, 0) / 1024

/** RSS, and PSS unless `withPss` is false (it is the costly read: see PSS_EVERY). */
export async function footprint(root: number, byParent?: Map<number, number[]>, withPss = true): Promise<Footprint> {
  const pids = tree(root, byParent ?? (await children()))
  const [rssMB, pssMB] = await Promise.all([sizeOf(pids, "status", "VmRSS"), withPss ? sizeOf(pids, "smaps_rollup", "Pss") : 0])
  return { rssMB, pssMB }
}

/**
 * PSS on every 20th sample only (every 10 s), and on each phase's first. Reading smaps_rollup
 * walks each process's page tables under its memory-map lock: ~80 ms for the shop's 19
 * processes here, during which they cannot map memory; every 500 ms, that showed in the
 * latencies the bench measures. RSS (/proc/<pid>/status, under 1 ms) is what the targets are
 * set in.
 */
const PSS_EVERY = 20

/** Samples every `intervalMs` and keeps the peaks per part, overall and per named phase. */
export class MemorySampler {
  private timer?: NodeJS.Timeout
  private phase = "idle"
  readonly peaks: Record<string, Footprint> = {}
  readonly phasePeaks: Record<string, Record<string, Footprint>> = {}

  /** The sample being read, if any: one at a time, so a slow read skips a tick instead of piling up. */
  private reading?: Promise<void>
  private samples = 0
  private lastPssPhase?: string

  constructor(private readonly roots: Roots, private readonly intervalMs = 500) {}

  start() {
    this.tick()
    this.timer = setInterval(() => this.tick(), this.intervalMs)
    return this
  }

  /** Peaks from now on are also kept under `name`. */
  during(name: string) {
    this.phase = name
  }

  /** Stops sampling, once the sample being read is in. */
  async stop() {
    clearInterval(this.timer)
    await this.reading
  }

  private tick() {
    this.reading ??= this.sample().finally(() => {
      this.reading = undefined
    })
  }

  private async sample() {
    const phaseName = this.phase
    // Also on a phase's first sample, so a phase shorter than PSS_EVERY samples has its PSS.
    const withPss = this.samples++ % PSS_EVERY === 0 || this.lastPssPhase !== phaseName
    if (withPss) this.lastPssPhase = phaseName
    const byParent = await children()
    const roots = Object.entries(this.roots()).filter((root): root is [string, number] => !!root[1])
    const now = await Promise.all(roots.map(([, pid]) => footprint(pid, byParent, withPss)))
    this.phasePeaks[phaseName] ??= {}
    for (const [i, [part]] of roots.entries()) {
      for (const peaks of [this.peaks, this.phasePeaks[phaseName]]) {
        const peak = peaks[part]
        peaks[part] = { rssMB: Math.max(peak?.rssMB ?? 0, now[i].rssMB), pssMB: Math.max(peak?.pssMB ?? 0, now[i].pssMB) }
      }
    }
  }
}
