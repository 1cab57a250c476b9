/**
 * `npm run start:cluster`: the shop as it runs at scale, on one machine.
 * PostgreSQL (embedded unless DATABASE_URL) and Redis (REDIS_URL, else a local redis-server)
 * -> migrations, search indexes, seed -> 2 backend servers + 1 worker (the production build)
 * -> 2 storefront instances of one build -> nginx balancing in front of each tier (Debian's
 * nginx: without it the launcher says how to install it and stops). Ctrl-C stops everything.
 */
import { join } from "node:path"
import type { RunningDatabase } from "./embedded-database"
import {
  BACKEND_PORT,
  DATA_DIR,
  SHARED_HEADINGS,
  launch,
  progress,
  secondsSinceLaunch,
  shopBackendEnv,
  shopDatabase,
  shopMailInbox,
  showBuilt,
  step,
  stepsWithHeadings,
  STOREFRONT_PORT,
} from "./launcher"
import { requireNginx } from "./load-balancer"
import { prepareDatabase } from "./prepare-database"
import { requireFreePort } from "./ports"
import { stopAll } from "./processes"
import { findRedisServer, redactedUrl, startShopRedis } from "./redis-server"
import { loadSecrets, secretsFile } from "./shop-secrets"
import { startStack, type Stack } from "./stack"

const steps = stepsWithHeadings({
  ...SHARED_HEADINGS,
  "cluster start": "Starting 2 backend servers, the worker, 2 storefronts and the balancers",
})

let database: RunningDatabase | undefined
let stack: Stack | undefined

async function main() {
  // First, so a machine without nginx is told how to install it before anything starts.
  requireNginx()
  const secrets = loadSecrets(DATA_DIR)
  await requireFreePort(BACKEND_PORT, "backend balancer")
  await requireFreePort(STOREFRONT_PORT, "storefront balancer")

  const { url: databaseUrl, embedded } = await shopDatabase(secrets)
  database = embedded

  let redisUrl = process.env.REDIS_URL
  if (redisUrl) {
    // Used as given: its password, if any, is the user's.
    step("Using the Redis at REDIS_URL")
  } else {
    const binary = findRedisServer()
    if (!binary) throw new Error("The cluster needs Redis: set REDIS_URL, or install redis-server (Debian: apt-get install -y redis-server).")
    step("Starting a local redis-server")
    // Password: "redisPassword" in the secrets file; the URL handed to every backend process carries it.
    const redis = await startShopRedis(binary, DATA_DIR, secrets.redisPassword)
    redisUrl = redis.url
    console.log(`  Redis on port ${redis.port} (password: "redisPassword" in ${secretsFile(DATA_DIR)}), data in ${join(DATA_DIR, "redis")}`)
  }

  const { env, adminLogin } = shopBackendEnv(databaseUrl, secrets)
  const { publishableKey, ownerCreated } = await prepareDatabase(env, { inProcessModules: true, onLine: progress, steps })
  const emails = await shopMailInbox(env)

  const started = await startStack({
    backendEnv: env,
    mode: "production",
    storefront: { port: STOREFRONT_PORT, publishableKey, revalidateSecret: secrets.revalidateSecret, distDir: ".next-cluster" },
    cluster: { servers: 2, storefronts: 2, redisUrl, runDir: join(DATA_DIR, "cluster") },
    steps,
    onBuilt: showBuilt,
    onLine: progress,
    log: (line) => console.log(`  ${line}`),
  })
  stack = started
  const { cluster } = started

  const seconds = secondsSinceLaunch()
  const row = (name: string, url: string, what: string) => `  │   ${name.padEnd(14)}${url.padEnd(26)}${what}`
  console.log(`
  ┌──────────────────────────────────────────────────────────────
  │ Stillpoint is open, at scale (ready in ${seconds} s)
${row("Shop", cluster.storefrontUrl ?? "", "nginx over the storefronts")}
${row("Backend", cluster.backendUrl, "nginx over the servers (Store API, /health)")}
${row("Admin", `${cluster.backendUrl}/app`, adminLogin(ownerCreated))}
${cluster.instances.map((i) => row(i.name, i.url, i.role === "worker" ? "subscribers, scheduled jobs, search indexing (/health only)" : i.role === "server" ? "HTTP only" : "next start")).join("\n")}
${row("Redis", redactedUrl(redisUrl), "event bus, workflows, locks, cache, sessions")}
${row("PostgreSQL", database ? `port ${database.port}` : "DATABASE_URL", "")}
  │   ${"Emails".padEnd(14)}${emails}
  │ Ctrl-C stops everything.
  └──────────────────────────────────────────────────────────────`)
}

launch("the cluster", main, async () => {
  await stack?.stop().catch((error) => console.error(`  stopping the cluster: ${error instanceof Error ? error.message : error}`))
  await stopAll()
  await database?.stop()
})
