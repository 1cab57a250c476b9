/**
 * V8 heap caps for the shop's long-running processes, set by the one place that starts them
 * (startBackend, startStorefront), so `npm start`, the tests, the cluster and the benchmarks
 * all run them the same way.
 *
 * Why: left alone, V8 sizes a process's old generation from the machine's memory (about 4 GB
 * on 24 GiB) and collects lazily while memory is plentiful, so RSS follows the load's peak
 * and stays there (953 MB backend with 32 Store API clients, 1,192 MB with 100 shoppers,
 * measured). A cap makes V8 collect before it grows past it. The values leave room above the
 * live data of each process under the benchmarks' heaviest load (README "Performance"); a
 * lower cap trades throughput for memory as the collector runs more often.
 *
 * The storefront's young generation is capped too (STOREFRONT_SEMI_SPACE_MB, 8 MB semi-spaces
 * instead of V8's 16): rendering pages allocates fast, V8 grows the young generation to its
 * maximum under load, and that memory stays resident. Measured on a mix of pages at 16
 * connections: peak RSS 203 MB instead of 216-222, at the same throughput (4 MB: 190 MB, but
 * cached pages served up to a third fewer requests a second).
 *
 * BACKEND_HEAP_MB / STOREFRONT_HEAP_MB / STOREFRONT_SEMI_SPACE_MB in the environment change a
 * cap, and a NODE_OPTIONS that already sets the flag wins.
 */
const fromEnv = (name: string, fallback: number) => {
  const value = Number(process.env[name])
  return Number.isInteger(value) && value > 0 ? value : fallback
}
export const BACKEND_HEAP_MB = fromEnv("BACKEND_HEAP_MB", 384)
export const STOREFRONT_HEAP_MB = fromEnv("STOREFRONT_HEAP_MB", 160)
export const STOREFRONT_SEMI_SPACE_MB = fromEnv("STOREFRONT_SEMI_SPACE_MB", 8)
/** A backend run from its TypeScript sources also holds ts-node's compiler and its program. */
export const SOURCE_HEAP_EXTRA_MB = 256

export function withHeapLimit(env: NodeJS.ProcessEnv, megabytes: number, semiSpaceMegabytes?: number): NodeJS.ProcessEnv {
  const options = env.NODE_OPTIONS ?? ""
  const flags = [
    ["--max-old-space-size", megabytes],
    ["--max-semi-space-size", semiSpaceMegabytes],
  ].filter(([flag, value]) => value !== undefined && !options.includes(`${flag}=`))
  if (!flags.length) return env
  return { ...env, NODE_OPTIONS: [options, ...flags.map(([flag, value]) => `${flag}=${value}`)].join(" ").trim() }
}
