/**
 * `npm run start:cluster`: the shop as it runs at scale, on one machine.
 * PostgreSQL (embedded unless DATABASE_URL) and Redis (REDIS_URL, else a local redis-server)
 * -> migrations, search indexes, seed -> 2 backend servers + 1 worker (the production build)
 * -> 2 storefront instances of one build -> a load balancer in front of each tier (nginx when
 * installed, else ours; CLUSTER_BALANCER=node|nginx chooses). Ctrl-C stops everything.
 */
import { join, resolve } from "node:path"
import { startCluster, type Cluster } from "./cluster"
import type { RunningDatabase } from "./embedded-database"
import { findNginx } from "./load-balancer"
import { buildIfChanged, migrate, reindexSearch } from "./medusa-app"
import { findFreePort, requireFreePort } from "./ports"
import { launch, progress, secondsSinceLaunch, shopBackendEnv, shopDatabase, step } from "./launcher"
import { stopAll } from "./processes"
import { findRedisServer, startRedisServer } from "./redis-server"
import { loadSecrets } from "./shop-secrets"

const ROOT = resolve(__dirname, "..")
const DATA_DIR = resolve(process.env.SHOP_DATA_DIR || join(ROOT, ".data"))
const BACKEND_PORT = Number(process.env.BACKEND_PORT || 9000)
const STOREFRONT_PORT = Number(process.env.STOREFRONT_PORT || 8000)
const BALANCER = process.env.CLUSTER_BALANCER === "node" || process.env.CLUSTER_BALANCER === "nginx" ? process.env.CLUSTER_BALANCER : findNginx() ? "nginx" : "node"

process.env.MEDUSA_DISABLE_TELEMETRY = "true"
process.env.NEXT_TELEMETRY_DISABLED = "1"

let database: RunningDatabase | undefined
let cluster: Cluster | undefined

async function main() {
  const secrets = loadSecrets(DATA_DIR)
  await requireFreePort(BACKEND_PORT, "backend balancer")
  await requireFreePort(STOREFRONT_PORT, "storefront balancer")

  const { url: databaseUrl, embedded } = await shopDatabase(DATA_DIR)
  database = embedded

  let redisUrl = process.env.REDIS_URL
  if (redisUrl) {
    step("Using the Redis at REDIS_URL")
  } else {
    const binary = findRedisServer()
    if (!binary) throw new Error("The cluster needs Redis: set REDIS_URL, or install redis-server (Debian: apt-get install -y redis-server).")
    step("Starting a local redis-server")
    // Append-only file: events queued for the worker survive a restart of the cluster.
    const redis = await startRedisServer({
      binary,
      dataDir: join(DATA_DIR, "redis"),
      port: await findFreePort(6379),
      persistent: true,
      logFile: join(DATA_DIR, "redis", "redis.log"),
    })
    redisUrl = redis.url
    console.log(`  Redis on port ${redis.port}, data in ${join(DATA_DIR, "redis")}`)
  }

  const { env, seedShop } = shopBackendEnv({
    databaseUrl,
    dataDir: DATA_DIR,
    backendPort: BACKEND_PORT,
    storefrontPort: STOREFRONT_PORT,
    secrets,
  })
  // The one-off commands run alone, before any instance: Medusa's in-process modules serve them.
  const oneOffEnv = { ...env, REDIS_URL: undefined }
  step("Running database migrations")
  await migrate(oneOffEnv, progress)
  step("Rebuilding the search indexes (products, journal)")
  await reindexSearch(oneOffEnv, [], progress)
  step("Seeding the catalog")
  const { publishableKey, adminLogin } = await seedShop(progress, oneOffEnv)
  step("Building the backend and admin (skipped when unchanged)")
  console.log((await buildIfChanged(env, progress)) ? "  built" : "  up to date")

  step("Starting 2 backend servers, the worker, 2 storefronts and the balancers")
  cluster = await startCluster({
    mode: "production",
    env,
    redisUrl,
    servers: 2,
    storefronts: 2,
    backendPort: BACKEND_PORT,
    storefrontPort: STOREFRONT_PORT,
    balancer: BALANCER,
    runDir: join(DATA_DIR, "cluster"),
    storefront: {
      publishableKey,
      revalidateSecret: secrets.revalidateSecret,
      distDir: ".next-cluster",
      onBuild: (built) => console.log(`  storefront ${built ? "built" : "build up to date"} (storefront/.next-cluster)`),
    },
    log: (line) => console.log(`  ${line}`),
  })

  const seconds = secondsSinceLaunch()
  const row = (name: string, url: string, what: string) => `  │   ${name.padEnd(14)}${url.padEnd(26)}${what}`
  console.log(`
  ┌──────────────────────────────────────────────────────────────
  │ Stillpoint is open, at scale (ready in ${seconds} s)
${row("Shop", cluster.storefrontUrl ?? "", `${cluster.balancer === "nginx" ? "nginx" : "Node balancer"} over the storefronts`)}
${row("Backend", cluster.backendUrl, "balancer over the servers (Store API, /health)")}
${row("Admin", `${cluster.backendUrl}/app`, adminLogin)}
${cluster.instances.map((i) => row(i.name, i.url, i.role === "worker" ? "subscribers, scheduled jobs, search indexing (/health only)" : i.role === "server" ? "HTTP only" : "next start")).join("\n")}
${row("Redis", redisUrl, "event bus, workflows, locks, cache, sessions")}
${row("PostgreSQL", database ? `port ${database.port}` : "DATABASE_URL", "")}
  │ Ctrl-C stops everything.
  └──────────────────────────────────────────────────────────────`)
}

launch("the cluster", main, async () => {
  await cluster?.stop().catch((error) => console.error(`  stopping the cluster: ${error instanceof Error ? error.message : error}`))
  await stopAll()
  await database?.stop()
})
