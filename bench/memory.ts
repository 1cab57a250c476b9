/**
 * Peak memory of the shop's parts while the benchmarks load them, read from /proc: for each
 * part, the sum over its process tree of RSS (what the targets are set in) and of PSS
 * (shared pages split between the processes sharing them, so PostgreSQL's shared buffers
 * count once).
 */
import { readdirSync, readFileSync } from "node:fs"

export type Footprint = { rssMB: number; pssMB: number }
export type Roots = () => Record<string, number | undefined>

function children(): Map<number, number[]> {
  const byParent = new Map<number, number[]>()
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry)
    if (!pid) continue
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1])
      byParent.set(parent, [...(byParent.get(parent) ?? []), pid])
    } catch {
      // exited while we looked
    }
  }
  return byParent
}

function tree(root: number, byParent: Map<number, number[]>): number[] {
  const pids = [root]
  for (let i = 0; i < pids.length; i++) pids.push(...(byParent.get(pids[i]) ?? []))
  return pids
}

function kilobytes(file: string, field: string): number {
  try {
    const match = readFileSync(file, "utf8").match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"))
    return match ? Number(match[1]) : 0
  } catch {
    return 0
  }
}

export function footprint(root: number, byParent = children()): Footprint {
  let rss = 0
  let pss = 0
  for (const pid of tree(root, byParent)) {
    rss += kilobytes(`/proc/${pid}/status`, "VmRSS")
    pss += kilobytes(`/proc/${pid}/smaps_rollup`, "Pss")
  }
  return { rssMB: rss / 1024, pssMB: pss / 1024 }
}

/** Samples every `intervalMs` and keeps the peaks per part, overall and per named phase. */
export class MemorySampler {
  private timer?: NodeJS.Timeout
  private phase = "idle"
  readonly peaks: Record<string, Footprint> = {}
  readonly phasePeaks: Record<string, Record<string, Footprint>> = {}

  constructor(private readonly roots: Roots, private readonly intervalMs = 500) {}

  start() {
    this.sample()
    this.timer = setInterval(() => this.sample(), this.intervalMs)
    return this
  }

  /** Peaks from now on are also kept under `name`. */
  during(name: string) {
    this.phase = name
  }

  stop() {
    clearInterval(this.timer)
  }

  private sample() {
    const byParent = children()
    for (const [part, pid] of Object.entries(this.roots())) {
      if (!pid) continue
      const now = footprint(pid, byParent)
      this.phasePeaks[this.phase] ??= {}
      const phase = this.phasePeaks[this.phase]
      for (const peaks of [this.peaks, phase]) {
        const peak = peaks[part]
        peaks[part] = { rssMB: Math.max(peak?.rssMB ?? 0, now.rssMB), pssMB: Math.max(peak?.pssMB ?? 0, now.pssMB) }
      }
    }
  }
}
