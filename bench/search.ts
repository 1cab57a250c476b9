/**
 * p50/p95 of POST /store/search against a running shop (not part of `npm test`).
 *
 *   npm start                                   # in another terminal
 *   node --import tsx bench/search.ts [rounds]  # default 200 rounds
 *
 * BACKEND_URL (default http://localhost:9000) and PUBLISHABLE_KEY (default: read from
 * .data/publishable-key, which `npm start` writes) select the shop.
 */
import { readFileSync } from "node:fs"
import { join, resolve } from "node:path"

const backend = process.env.BACKEND_URL || "http://localhost:9000"
const key = process.env.PUBLISHABLE_KEY || readFileSync(join(resolve(__dirname, ".."), process.env.SHOP_DATA_DIR || ".data", "publishable-key"), "utf8").trim()
const rounds = Number(process.argv[2] || 200)

const QUERIES: Record<string, unknown>[] = [
  { entity: "product", filters: { q: "zafu" }, search_options: { highlight: true } },
  { entity: "product", filters: { q: "buckweat" }, search_options: { typo_tolerance: true } },
  { entity: "product", pagination: { take: 24, order: { price_usd: "ASC" } }, search_options: { facets: ["fill", "colour", "category_handles"] } },
  { entity: "post", filters: { q: "knees" }, fields: ["id", "slug", "title", "description"], search_options: { highlight: { fields: ["title", "body"], snippet: { length: 20 } } } },
  {
    queries: [
      { entity: "product", filters: { q: "kapok" }, pagination: { take: 5 }, search_options: { typo_tolerance: true, highlight: true } },
      { entity: "post", filters: { q: "kapok" }, fields: ["id", "slug", "title"], pagination: { take: 3 }, search_options: { typo_tolerance: true } },
    ],
  },
]

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

async function main() {
  const timings = new Map<number, number[]>()
  for (let round = -5; round < rounds; round++) {
    for (const [i, body] of QUERIES.entries()) {
      const started = performance.now()
      const response = await fetch(`${backend}/store/search`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-publishable-api-key": key },
        body: JSON.stringify(body),
      })
      if (!response.ok) throw new Error(`query ${i}: ${response.status} ${await response.text()}`)
      await response.json()
      if (round >= 0) timings.set(i, [...(timings.get(i) ?? []), performance.now() - started])
    }
  }
  const all: number[] = []
  for (const [i, values] of timings) {
    const sorted = [...values].sort((a, b) => a - b)
    all.push(...sorted)
    const label = JSON.stringify(QUERIES[i]).slice(0, 70)
    console.log(`p50 ${percentile(sorted, 50).toFixed(1)} ms  p95 ${percentile(sorted, 95).toFixed(1)} ms  ${label}`)
  }
  all.sort((a, b) => a - b)
  console.log(`all ${all.length} requests: p50 ${percentile(all, 50).toFixed(1)} ms, p95 ${percentile(all, 95).toFixed(1)} ms`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
