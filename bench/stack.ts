/**
 * A throwaway production shop for `npm run bench`: its own embedded PostgreSQL data folder
 * under the run's folder, migrated, reindexed and seeded; the backend from `medusa build`'s
 * output (a copy of it, so a rebuild by `npm start` cannot change it mid-run) and the
 * storefront built into storefront/.next-bench and served by `next start`. No Stripe key:
 * checkouts pay with Medusa's system provider.
 */
import { CACHE_TAGS, requestRevalidation } from "@stillpoint/shop-contracts"
import { readFileSync, rmSync } from "node:fs"
import { join } from "node:path"
import { startEmbeddedDatabase } from "../scripts/embedded-database"
import { backendEnv } from "../scripts/medusa-app"
import { findFreePort } from "../scripts/ports"
import { prepareDatabase } from "../scripts/prepare-database"
import { errorsOnly, stopAll } from "../scripts/processes"
import { findRedisServer, startRedisServer } from "../scripts/redis-server"
import { newSecrets } from "../scripts/shop-secrets"
import { startStack, type Stack } from "../scripts/stack"
import { timedSteps } from "../scripts/steps"

export const BENCH_DIST_DIR = ".next-bench"

export type BenchStack = {
  backendUrl: string
  storefrontUrl: string
  publishableKey: string
  /** The backend's environment, for `medusa exec` scripts against this shop. */
  backendEnv: NodeJS.ProcessEnv
  /** Root processes whose trees make up each part of the shop, for memory sampling. */
  pids: () => { backend?: number; storefront?: number; postgres?: number }
  /** Seconds each setup step took. */
  timings: Record<string, number>
  startStorefront: () => Promise<void>
  /**
   * Clears the storefront's cached catalogue, as the backend's revalidation subscriber does on
   * catalogue events: the generated products come from `medusa exec`, which runs no subscribers.
   */
  revalidateCatalogue: () => Promise<void>
  stop: () => Promise<void>
}

/**
 * `backendProcesses` above 1 runs the backend as `npm start` does when Redis is there
 * (`medusa start --cluster`, scripts/process-model.ts), with a throwaway redis-server.
 */
export async function startBenchStack(runDir: string, log: (line: string) => void, backendProcesses = 1): Promise<BenchStack> {
  const timings: Record<string, number> = {}
  const steps = timedSteps(log, timings)
  const quiet = errorsOnly(log)

  const dataDir = join(runDir, "postgres")
  const databaseStarted = Date.now()
  const secrets = newSecrets()
  const database = await startEmbeddedDatabase({ dataDir, database: "stillpoint_bench", password: secrets.databasePassword, preferredPort: 0, log })
  timings.database = (Date.now() - databaseStarted) / 1000
  log(`database: ${timings.database.toFixed(1)} s`)
  const backendPort = await findFreePort(0)
  const storefrontPort = await findFreePort(0)
  const storefrontUrl = `http://localhost:${storefrontPort}`
  const env = backendEnv({
    databaseUrl: database.url,
    port: backendPort,
    stateDir: join(runDir, "state"),
    storefrontUrl,
    jwtSecret: secrets.jwtSecret,
    cookieSecret: secrets.cookieSecret,
    adminEmail: "owner@stillpoint.bench",
    adminPassword: secrets.adminPassword,
    revalidateSecret: secrets.revalidateSecret,
    adminDisabled: true,
    extraEnv: { STRIPE_API_KEY: undefined },
  })

  let apps: Stack | undefined
  const stop = async () => {
    await apps?.stop()
    await stopAll()
    await database.stop().catch(() => {})
    rmSync(dataDir, { recursive: true, force: true })
  }

  try {
    const { publishableKey } = await prepareDatabase(env, { onLine: quiet, steps })
    if (backendProcesses > 1) {
      const binary = findRedisServer()
      if (!binary) throw new Error("--backend-processes needs redis-server (apt-get install -y redis-server)")
      const redis = await startRedisServer({ binary, dataDir: join(runDir, "redis"), password: secrets.redisPassword, persistent: false, logFile: join(runDir, "redis.log") })
      // The product generation's `medusa exec` too, so its changes clear the shared cache.
      env.REDIS_URL = redis.url
      log(`backend: ${backendProcesses} processes (medusa start --cluster), Redis on port ${redis.port}`)
    }
    const stack = await startStack({
      backendEnv: env,
      backendProcesses,
      mode: "production",
      privateBuild: "bench",
      storefront: {
        port: storefrontPort,
        publishableKey,
        revalidateSecret: secrets.revalidateSecret,
        distDir: BENCH_DIST_DIR,
        extraEnv: { NEXT_PUBLIC_STRIPE_KEY: undefined },
        deferred: true,
      },
      logDir: runDir,
      steps,
      onBuilt: (app, built) => {
        if (!built) log(`${app} build reused (sources unchanged)`)
      },
      onLine: quiet,
    })
    apps = stack
    log(`backend on ${stack.backendUrl} (log: ${join(runDir, "backend.log")})`)

    return {
      backendUrl: stack.backendUrl,
      storefrontUrl,
      publishableKey,
      backendEnv: env,
      timings,
      pids: () => ({ backend: stack.backend?.child.pid, storefront: stack.storefront?.child.pid, postgres: postmasterPid(dataDir) }),
      async startStorefront() {
        log(`storefront on ${await stack.startStorefront()} (log: ${join(runDir, "storefront.log")})`)
      },
      async revalidateCatalogue() {
        const response = await requestRevalidation(storefrontUrl, secrets.revalidateSecret, [CACHE_TAGS.products, CACHE_TAGS.categories])
        if (!response.ok) throw new Error(`the storefront answered ${response.status} to revalidation`)
        // Stale while revalidating: the first request after it regenerates in the background.
        await fetch(`${storefrontUrl}/us/shop?page=1`)
        await fetch(`${storefrontUrl}/us/shop`)
        await new Promise((done) => setTimeout(done, 5000))
      },
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}

function postmasterPid(dataDir: string): number | undefined {
  try {
    return Number(readFileSync(join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]) || undefined
  } catch {
    return undefined
  }
}
