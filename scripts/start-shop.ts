/**
 * `npm start`: the whole shop on one machine with nothing installed but Node.
 * PostgreSQL (embedded unless DATABASE_URL is set) -> migrations -> seed -> backend :9000
 * -> storefront :8000. Ctrl-C stops everything, PostgreSQL included.
 *
 *   --dev        medusa develop + next dev (reload on change)
 *   --seed-only  prepare the database and exit
 *   --search-reindex  migrate, rebuild every search index and exit
 */
import { join, resolve } from "node:path"
import type { RunningDatabase } from "./embedded-database"
import { buildIfChanged, migrate, reindexSearch, startBackend } from "./medusa-app"
import { requireFreePort } from "./ports"
import { loadSecrets } from "./shop-secrets"
import { launch, progress, secondsSinceLaunch, shopBackendEnv, shopDatabase, step, type Launch } from "./launcher"
import { stopAll, waitForHttp } from "./processes"
import { buildStorefrontIfChanged, startStorefront, storefrontEnv } from "./storefront-app"

const ROOT = resolve(__dirname, "..")
const DATA_DIR = resolve(process.env.SHOP_DATA_DIR || join(ROOT, ".data"))
const BACKEND_PORT = Number(process.env.BACKEND_PORT || 9000)
const STOREFRONT_PORT = Number(process.env.STOREFRONT_PORT || 8000)
const dev = process.argv.includes("--dev")
const seedOnly = process.argv.includes("--seed-only")
const searchReindexOnly = process.argv.includes("--search-reindex")

process.env.MEDUSA_DISABLE_TELEMETRY = "true"
process.env.NEXT_TELEMETRY_DISABLED = "1"

let database: RunningDatabase | undefined

async function main({ shutdown, stopping }: Launch) {
  const secrets = loadSecrets(DATA_DIR)
  if (!seedOnly && !searchReindexOnly) {
    await requireFreePort(BACKEND_PORT, "backend")
    await requireFreePort(STOREFRONT_PORT, "storefront")
  }

  const { url: databaseUrl, embedded } = await shopDatabase(DATA_DIR)
  database = embedded

  const storefrontUrl = `http://localhost:${STOREFRONT_PORT}`
  const { env, seedShop } = shopBackendEnv({
    databaseUrl,
    dataDir: DATA_DIR,
    backendPort: BACKEND_PORT,
    storefrontPort: STOREFRONT_PORT,
    secrets,
  })

  step("Running database migrations")
  await migrate(env, progress)
  // Before the seed: the journal index is rebuilt from content/posts on every start, and
  // on a fresh database this gives the indexes an active version, so the products the
  // seed creates reach the search index through their events.
  step("Rebuilding the search indexes (products, journal)")
  await reindexSearch(env, [], progress)
  if (searchReindexOnly) return shutdown(0)
  step("Seeding the catalog")
  const { publishableKey, adminLogin } = await seedShop(progress)
  if (seedOnly) return shutdown(0)

  if (!dev) {
    step("Building the backend and admin (skipped when unchanged)")
    console.log((await buildIfChanged(env, progress)) ? "  built" : "  up to date")
  }
  step(`Starting the backend on :${BACKEND_PORT}`)
  const backend = startBackend(dev ? "develop" : "production", env)
  const backendMs = await waitForHttp(`http://localhost:${BACKEND_PORT}/health`, "The backend", backend)
  console.log(`  healthy after ${(backendMs / 1000).toFixed(1)} s`)

  const frontEnv = storefrontEnv({
    backendUrl: `http://localhost:${BACKEND_PORT}`,
    publishableKey,
    port: STOREFRONT_PORT,
    revalidateSecret: secrets.revalidateSecret,
  })
  let storefront
  if (dev) {
    storefront = startStorefront("develop", frontEnv)
  } else {
    step("Building the storefront (skipped when unchanged)")
    console.log((await buildStorefrontIfChanged(frontEnv)) ? "  built" : "  up to date")
    step(`Starting the storefront on :${STOREFRONT_PORT}`)
    storefront = startStorefront("production", frontEnv)
  }
  await waitForHttp(storefrontUrl, "The storefront", storefront, 300_000)

  const seconds = secondsSinceLaunch()
  console.log(`
  ┌──────────────────────────────────────────────────────────────
  │ Stillpoint is open (ready in ${seconds} s)
  │   Shop        ${storefrontUrl}
  │   Backend     http://localhost:${BACKEND_PORT}   (Store API, /health)
  │   Admin       http://localhost:${BACKEND_PORT}/app
  │   Admin login ${adminLogin}
  │   Payments    ${process.env.STRIPE_API_KEY ? "Stripe cards, and bank transfer" : "bank transfer only (Medusa's system provider; set STRIPE_API_KEY for cards)"}
  │ Ctrl-C stops everything.
  └──────────────────────────────────────────────────────────────`)

  const firstExit = await Promise.race([backend.exited.then(() => "backend"), storefront.exited.then(() => "storefront")])
  if (!stopping()) {
    console.error(`The ${firstExit} stopped unexpectedly; shutting down.`)
    await shutdown(1)
  }
}

launch("the shop", main, async () => {
  await stopAll()
  await database?.stop()
})
