/**
 * Orders per minute through the backend balancer with 2 servers, then with 1 (not part of any test).
 *
 *   node --import tsx bench/cluster-throughput.ts [--seconds 60] [--shoppers 8] [--mode production|source]
 *
 * Starts a throwaway cluster (tests/support/cluster-stack.ts: embedded PostgreSQL, its own
 * redis-server, servers + worker, no storefront), runs `shoppers` guest checkouts at a time
 * for `seconds` through the balancer, stops one server (SIGTERM) and runs them again.
 * "production" (default) runs the `medusa build` output, as `npm run start:cluster` does.
 * Results are printed and written to bench/results/cluster-throughput-<time>.json (gitignored).
 */
import { mkdirSync, writeFileSync } from "node:fs"
import { availableParallelism, loadavg } from "node:os"
import { join, resolve } from "node:path"
import { guestCheckout, productWithStock, StoreClient, usRegionId, type RequestRecord } from "../tests/support/cluster-clients"
import { startClusterStack, type ClusterStack } from "../tests/support/cluster-stack"

const ROOT = resolve(__dirname, "..")
const arg = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`)
  return index > 0 ? process.argv[index + 1] : fallback
}
const seconds = Number(arg("seconds", "60"))
const shoppers = Number(arg("shoppers", "8"))
const mode = arg("mode", "production") === "source" ? "source" : "production"

type Phase = { servers: number; orders: number; failedCheckouts: number; ordersPerMinute: number; answeredBy: Record<string, number> }

async function main() {
  process.env.MEDUSA_DISABLE_TELEMETRY = "true"
  const stamp = new Date().toISOString().replace(/[:.]/g, "-")
  const runDir = join(ROOT, "bench", "results", `cluster-${stamp}`)
  const log = (line: string) => console.log(`  [cluster] ${line}`)
  let stack: ClusterStack | undefined
  try {
    stack = await startClusterStack(runDir, { mode, servers: 2, storefronts: 0, log })
    const { cluster } = stack
    // The clients read the cluster from the environment, as in the tests.
    Object.assign(process.env, {
      BACKEND_URL: cluster.backendUrl,
      PUBLISHABLE_KEY: stack.publishableKey,
      ADMIN_EMAIL: stack.adminEmail,
      ADMIN_PASSWORD: stack.adminPassword,
      CLUSTER_INSTANCES: JSON.stringify(cluster.instances.map(({ name, role, port, url }) => ({ name, role, port, url }))),
    })
    const { variantId } = await productWithStock(100_000)
    const regionId = await usRegionId(new StoreClient())

    const phase = async (servers: number, durationMs: number): Promise<Phase> => {
      const records: RequestRecord[] = []
      const client = new StoreClient(records)
      const ends = Date.now() + durationMs
      let orders = 0
      let failedCheckouts = 0
      let n = 0
      const started = Date.now()
      await Promise.all(
        Array.from({ length: shoppers }, async () => {
          while (Date.now() < ends) {
            try {
              await guestCheckout(client, { email: `bench-${stamp}-${n++}@example.com`, regionId, variantId, quantity: 1 })
              orders++
            } catch {
              failedCheckouts++
            }
          }
        })
      )
      const elapsedMinutes = (Date.now() - started) / 60_000
      const answeredBy: Record<string, number> = {}
      for (const r of records) answeredBy[r.upstream ?? "none"] = (answeredBy[r.upstream ?? "none"] ?? 0) + 1
      return { servers, orders, failedCheckouts, ordersPerMinute: Math.round(orders / elapsedMinutes), answeredBy }
    }

    console.log(`Warming up (${shoppers} shoppers, 15 s)…`)
    await phase(2, 15_000)
    console.log(`2 servers: ${shoppers} shoppers for ${seconds} s…`)
    const two = await phase(2, seconds * 1000)
    console.log(`  ${two.ordersPerMinute} orders/min`)
    await cluster.instances.find((i) => i.name === "server-2")!.stop("SIGTERM")
    console.log(`1 server: ${shoppers} shoppers for ${seconds} s…`)
    const one = await phase(1, seconds * 1000)
    console.log(`  ${one.ordersPerMinute} orders/min`)

    const result = {
      at: new Date().toISOString(),
      mode,
      balancer: "nginx",
      shoppers,
      seconds,
      cores: availableParallelism(),
      loadAverageAtEnd: loadavg()[0],
      phases: [two, one],
    }
    mkdirSync(join(ROOT, "bench", "results"), { recursive: true })
    const file = join(ROOT, "bench", "results", `cluster-throughput-${stamp}.json`)
    writeFileSync(file, JSON.stringify(result, null, 2))
    console.log(JSON.stringify(result, null, 2))
    console.log(`\nWritten to ${file}`)
  } finally {
    await stack?.stop()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
