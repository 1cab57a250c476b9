/**
 * Load for one endpoint with autocannon, keeping every response time so percentiles are
 * exact (autocannon's own summary has no p95).
 */
import autocannon from "autocannon"

export type Latency = { p50: number; p95: number; p99: number }
export type LoadResult = Latency & {
  connections: number
  seconds: number
  requests: number
  requestsPerSecond: number
  /** Connection errors and timeouts. */
  errors: number
  /** Responses outside 2xx, by status. */
  badStatuses: Record<string, number>
}

export const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN

export function latencyOf(times: number[]): Latency {
  const sorted = [...times].sort((a, b) => a - b)
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) }
}

export type LoadSpec = {
  url: string
  connections: number
  seconds: number
  method?: "GET" | "POST"
  headers?: Record<string, string>
  /** A body per request: rotates carts, queries. */
  body?: () => string
  /** A path per request (the url's origin is kept). */
  path?: () => string
}

export async function load(spec: LoadSpec, warmupSeconds = 1): Promise<LoadResult> {
  if (warmupSeconds > 0) await fire(spec, warmupSeconds)
  return fire(spec, spec.seconds)
}

async function fire(spec: LoadSpec, seconds: number): Promise<LoadResult> {
  const times: number[] = []
  const badStatuses: Record<string, number> = {}
  const result = await new Promise<autocannon.Result>((done, fail) => {
    const instance = autocannon(
      {
        url: spec.url,
        connections: spec.connections,
        duration: seconds,
        method: spec.method ?? "GET",
        headers: spec.headers,
        timeout: 30,
        requests: [
          {
            setupRequest: (request) => ({
              ...request,
              ...(spec.body ? { body: spec.body() } : {}),
              ...(spec.path ? { path: spec.path() } : {}),
            }),
          },
        ],
      },
      (error, finished) => (error ? fail(error) : done(finished))
    )
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      times.push(responseTime)
      if (statusCode < 200 || statusCode >= 300) badStatuses[statusCode] = (badStatuses[statusCode] ?? 0) + 1
    })
  })
  return {
    connections: spec.connections,
    seconds,
    requests: times.length,
    requestsPerSecond: times.length / seconds,
    errors: result.errors + result.timeouts,
    badStatuses,
    ...latencyOf(times),
  }
}

/**
 * Waits until `url` answers within `fastMs`: a server keeps working off the requests a
 * finished run left queued (autocannon closes its sockets, the handlers still run), and
 * the next measurement must not pay for them. Gives up after `maxSeconds`.
 */
export async function settle(url: string, headers: Record<string, string> = {}, fastMs = 300, maxSeconds = 300) {
  const deadline = Date.now() + maxSeconds * 1000
  while (Date.now() < deadline) {
    const started = performance.now()
    const response = await fetch(url, { headers }).catch(() => undefined)
    await response?.arrayBuffer()
    if (response?.ok && performance.now() - started < fastMs) return
    await new Promise((done) => setTimeout(done, 1000))
  }
}
