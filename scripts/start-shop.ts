/**
 * `npm start`: the whole shop on one machine with nothing installed but Node.
 * PostgreSQL (embedded unless DATABASE_URL is set) -> migrations -> seed -> local inbox :1080
 * (unless SMTP_URL is set) -> backend :9000 (one process per core when Redis is there, see
 * process-model.ts) -> storefront :8000. Ctrl-C stops everything, PostgreSQL included.
 *
 *   --dev        medusa develop + next dev (reload on change)
 *   --seed-only  prepare the database and exit
 *   --search-reindex  migrate, rebuild every search index and exit
 */
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
  stepsWithHeadings,
  STOREFRONT_PORT,
  type Launch,
} from "./launcher"
import { requireFreePort } from "./ports"
import { prepareDatabase } from "./prepare-database"
import { chooseProcessModel, type ProcessModel } from "./process-model"
import { stopAll, type Service } from "./processes"
import { loadSecrets } from "./shop-secrets"
import { startStack, type Stack } from "./stack"

const dev = process.argv.includes("--dev")
const seedOnly = process.argv.includes("--seed-only")
const searchReindexOnly = process.argv.includes("--search-reindex")

const steps = stepsWithHeadings({
  ...SHARED_HEADINGS,
  "backend start": `Starting the backend on :${BACKEND_PORT}`,
  "storefront build": "Building the storefront (skipped when unchanged)",
  "storefront start": `Starting the storefront on :${STOREFRONT_PORT}`,
})

let database: RunningDatabase | undefined
let stack: Stack | undefined

async function main({ shutdown, stopping }: Launch) {
  const secrets = loadSecrets(DATA_DIR)
  if (!seedOnly && !searchReindexOnly) {
    await requireFreePort(BACKEND_PORT, "backend")
    await requireFreePort(STOREFRONT_PORT, "storefront")
  }

  const { url: databaseUrl, embedded } = await shopDatabase(secrets)
  database = embedded
  const { env, adminLogin } = shopBackendEnv(databaseUrl, secrets)

  if (searchReindexOnly) {
    await prepareDatabase(env, { seed: false, onLine: progress, steps })
    return shutdown(0)
  }
  const { publishableKey, ownerCreated } = await prepareDatabase(env, { onLine: progress, steps })
  if (seedOnly) return shutdown(0)
  const emails = await shopMailInbox(env)

  // `medusa develop` reloads one process; the production backend uses the cores when it can.
  const model: ProcessModel = dev ? { processes: 1, why: "1 process (npm run dev)" } : await chooseProcessModel({ dataDir: DATA_DIR, redisPassword: secrets.redisPassword })
  stack = await startStack({
    backendEnv: model.redisUrl ? { ...env, REDIS_URL: model.redisUrl } : env,
    backendProcesses: model.processes,
    mode: dev ? "develop" : "production",
    storefront: { port: STOREFRONT_PORT, publishableKey, revalidateSecret: secrets.revalidateSecret },
    steps,
    onBuilt: showBuilt,
    onLine: progress,
  })

  console.log(`
  ┌──────────────────────────────────────────────────────────────
  │ Stillpoint is open (ready in ${secondsSinceLaunch()} s)
  │   Shop        ${stack.storefrontUrl}
  │   Backend     ${stack.backendUrl}   (Store API, /health)
  │               ${model.why}
  │   Admin       ${stack.backendUrl}/app
  │   Admin login ${adminLogin(ownerCreated)}
  │   Payments    ${process.env.STRIPE_API_KEY ? "Stripe cards, and bank transfer" : "bank transfer only (Medusa's system provider; set STRIPE_API_KEY for cards)"}
  │   Emails      ${emails}
  │ Ctrl-C stops everything.
  └──────────────────────────────────────────────────────────────`)

  const services = [stack.backend, stack.storefront].filter((service): service is Service => Boolean(service))
  const firstExit = await Promise.race(services.map((service) => service.exited.then(() => service.name)))
  if (!stopping()) {
    console.error(`The ${firstExit} stopped unexpectedly; shutting down.`)
    await shutdown(1)
  }
}

launch("the shop", main, async () => {
  await stack?.stop()
  await stopAll()
  await database?.stop()
})
