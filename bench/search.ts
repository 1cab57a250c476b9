/**
 * p50/p95 of POST /store/search (not part of `npm test`) for each of the judged queries
 * (tests/search-relevance), `rounds` times each: the type-ahead's request (5 products, 3
 * posts) and the results page's (a page of products with facets, a page of posts).
 *
 *   node --import tsx bench/search.ts --products 1000 --posts 100 [--rounds 10]
 *       starts a throwaway shop (as the tests do), adds generated products (bench/catalog.ts)
 *       and generated posts to a copy of content/, then measures
 *   node --import tsx bench/search.ts [--rounds 10]
 *       measures the shop that `npm start` runs (BACKEND_URL, PUBLISHABLE_KEY or .data/)
 *
 * Results are printed and written to bench/results/search-<time>.json (gitignored).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { startTestStack, type TestStack } from "../tests/support/stack"
import { SEARCH_PAGE_BODIES, TYPEAHEAD_BODIES } from "./backend-api"
import { generateProducts, word } from "./catalog"

const ROOT = resolve(__dirname, "..")
const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`)
  return index > 0 ? Number(process.argv[index + 1]) : fallback
}
const rounds = arg("rounds", 10)
const wantedProducts = arg("products", 0)
const wantedPosts = arg("posts", 0)

/** For each judged query: the type-ahead's request, and the results page's (products with facets, posts). */
const REQUESTS = { typeahead: TYPEAHEAD_BODIES, "results page": SEARCH_PAGE_BODIES }
const label = (body: string) => (JSON.parse(body) as { queries: { filters?: { q?: string } }[] }).queries[0].filters?.q ?? ""

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

/** A copy of content/ with generated posts added, up to `total` posts. */
function contentWithPosts(total: number) {
  const dir = join(mkdtempSync(join(tmpdir(), "stillpoint-bench-")), "content")
  cpSync(join(ROOT, "content"), dir, { recursive: true })
  const existing = 12
  for (let i = 0; i < total - existing; i++) {
    const body = Array.from({ length: 600 }, (_, w) => word(i * 7 + w * 3)).join(" ")
    writeFileSync(
      join(dir, "posts", `generated-${i}.md`),
      `---\ntitle: "On ${word(i)} and ${word(i + 3)} (${i})"\nslug: generated-${i}\ndescription: "A generated post about ${word(i)} for the search benchmark."\npublished: 2025-06-01\nauthor: hana-ostrowski\ntags: [practice]\ncover: images/posts/zafu-or-bench.svg\ncoverAlt: "A cover"\n---\n\n${body}\n`
    )
  }
  return dir
}

async function countIn(backend: string, key: string, entity: string) {
  const response = await fetch(`${backend}/store/search`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-publishable-api-key": key },
    body: JSON.stringify({ entity, pagination: { take: 1 }, search_options: { count: "exact" } }),
  })
  const body = (await response.json()) as { results: { metadata: { count: number } }[] }
  return body.results[0].metadata.count
}

async function measure(backend: string, key: string, bodies: string[]) {
  const timings = new Map<number, number[]>()
  for (let round = -1; round < rounds; round++) {
    for (const [i, body] of bodies.entries()) {
      const started = performance.now()
      const response = await fetch(`${backend}/store/search`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-publishable-api-key": key },
        body,
      })
      if (!response.ok) throw new Error(`query ${i}: ${response.status} ${await response.text()}`)
      await response.json()
      if (round >= 0) timings.set(i, [...(timings.get(i) ?? []), performance.now() - started])
    }
  }
  const rows = [...timings].map(([i, values]) => {
    const sorted = [...values].sort((a, b) => a - b)
    return { query: label(bodies[i]), p50: percentile(sorted, 50), p95: percentile(sorted, 95) }
  })
  const all = [...timings.values()].flat().sort((a, b) => a - b)
  return { rows, overall: { requests: all.length, p50: percentile(all, 50), p95: percentile(all, 95) } }
}

async function main() {
  let stack: TestStack | undefined
  let backend = process.env.BACKEND_URL || "http://localhost:9000"
  let key = process.env.PUBLISHABLE_KEY || ""
  try {
    if (wantedProducts || wantedPosts) {
      if (wantedPosts) process.env.CONTENT_DIR = contentWithPosts(wantedPosts)
      stack = await startTestStack(join(ROOT, "bench", "results", `stack-${Date.now()}`), (line) => console.log(`  [stack] ${line}`))
      backend = stack.backendUrl
      key = stack.publishableKey
      if (wantedProducts) {
        const backendEnv = { ...process.env, ...JSON.parse(readFileSync(stack.backendEnvFile, "utf8")) }
        await generateProducts(backendEnv, wantedProducts, (line) => console.log(`  ${line}`))
      }
    } else {
      key ||= readFileSync(join(ROOT, process.env.SHOP_DATA_DIR || ".data", "publishable-key"), "utf8").trim()
    }
    const catalogue = { products: await countIn(backend, key, "product"), posts: await countIn(backend, key, "post") }
    console.log(`Measuring ${rounds} rounds of ${SEARCH_PAGE_BODIES.length} queries over ${catalogue.products} products and ${catalogue.posts} posts (Postgres provider unless MEILISEARCH_HOST is set)`)
    const result: Record<string, Awaited<ReturnType<typeof measure>>> = {}
    for (const [name, bodies] of Object.entries(REQUESTS)) {
      result[name] = await measure(backend, key, bodies)
      const { overall, rows } = result[name]
      console.log(`  ${name}: ${overall.requests} requests, p50 ${overall.p50.toFixed(1)} ms, p95 ${overall.p95.toFixed(1)} ms; slowest:`)
      for (const row of [...rows].sort((a, b) => b.p95 - a.p95).slice(0, 5)) console.log(`    p50 ${row.p50.toFixed(1).padStart(6)} ms  p95 ${row.p95.toFixed(1).padStart(6)} ms  ${row.query}`)
    }
    mkdirSync(join(ROOT, "bench", "results"), { recursive: true })
    const file = join(ROOT, "bench", "results", `search-${new Date().toISOString().replace(/[:.]/g, "-")}.json`)
    writeFileSync(file, JSON.stringify({ catalogue, rounds, result }, null, 2))
    console.log(`  written to ${file}`)
  } finally {
    await stack?.stop()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
