/**
 * A throwaway production shop for `npm run bench`: its own embedded PostgreSQL data folder
 * under the run's folder, migrated, reindexed and seeded; the backend from `medusa build`'s
 * output (a copy of it, so a rebuild by `npm start` cannot change it mid-run) and the
 * storefront built into storefront/.next-bench and served by `next start`. No Stripe key:
 * checkouts pay with Medusa's system provider.
 */
import { randomBytes } from "node:crypto"
import { readFileSync, rmSync } from "node:fs"
import { join } from "node:path"
import { startEmbeddedDatabase } from "../scripts/embedded-database"
import { backendEnv, migrate, reindexSearch, seed, startBuiltCopy } from "../scripts/medusa-app"
import { findFreePort } from "../scripts/ports"
import { stopAll, waitForHttp, type Service } from "../scripts/processes"
import { buildStorefrontIfChanged, startStorefront, storefrontEnv } from "../scripts/storefront-app"

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
  stop: () => Promise<void>
}

export async function startBenchStack(runDir: string, log: (line: string) => void): Promise<BenchStack> {
  const timings: Record<string, number> = {}
  const timed = async <T>(step: string, work: () => Promise<T>): Promise<T> => {
    const started = Date.now()
    const result = await work()
    timings[step] = (Date.now() - started) / 1000
    log(`${step}: ${timings[step].toFixed(1)} s`)
    return result
  }
  const quiet = (line: string) => {
    if (/error/i.test(line)) log(line)
  }

  const dataDir = join(runDir, "postgres")
  const database = await timed("database", () => startEmbeddedDatabase({ dataDir, database: "stillpoint_bench", preferredPort: 0, log }))
  const backendPort = await findFreePort(0)
  const storefrontPort = await findFreePort(0)
  const backendUrl = `http://localhost:${backendPort}`
  const storefrontUrl = `http://localhost:${storefrontPort}`
  const revalidateSecret = randomBytes(16).toString("hex")
  const env = backendEnv({
    databaseUrl: database.url,
    port: backendPort,
    stateDir: join(runDir, "state"),
    storefrontUrl,
    jwtSecret: randomBytes(16).toString("hex"),
    cookieSecret: randomBytes(16).toString("hex"),
    adminEmail: "owner@stillpoint.bench",
    adminPassword: randomBytes(9).toString("base64url"),
    revalidateSecret,
    adminDisabled: true,
    extraEnv: { STRIPE_API_KEY: undefined },
  })

  let removeServerCopy = () => {}
  let backend: Service | undefined
  let storefront: Service | undefined
  const stop = async () => {
    await stopAll()
    await database.stop().catch(() => {})
    removeServerCopy()
    rmSync(dataDir, { recursive: true, force: true })
  }

  try {
    await timed("migrate", () => migrate(env, quiet))
    await timed("reindex", () => reindexSearch(env, [], quiet))
    const publishableKey = await timed("seed", () => seed(env, quiet))
    const copy = await timed("backend build", () => startBuiltCopy(env, "bench", { logFile: join(runDir, "backend.log"), onLine: quiet }))
    if (!copy.built) log("backend build reused (sources unchanged)")
    backend = copy.service
    removeServerCopy = copy.remove
    await timed("backend start", () => waitForHttp(`${backendUrl}/health`, "The benchmark backend", backend))
    log(`backend on ${backendUrl} (log: ${join(runDir, "backend.log")})`)

    const frontEnv = storefrontEnv({ backendUrl, publishableKey, port: storefrontPort, revalidateSecret, distDir: BENCH_DIST_DIR })
    delete frontEnv.NEXT_PUBLIC_STRIPE_KEY

    return {
      backendUrl,
      storefrontUrl,
      publishableKey,
      backendEnv: env,
      timings,
      pids: () => ({ backend: backend?.child.pid, storefront: storefront?.child.pid, postgres: postmasterPid(dataDir) }),
      async startStorefront() {
        await timed("storefront build", () => buildStorefrontIfChanged(frontEnv, quiet))
        storefront = startStorefront("production", frontEnv, join(runDir, "storefront.log"))
        await timed("storefront start", () => waitForHttp(`${storefrontUrl}/us`, "The benchmark storefront", storefront))
        log(`storefront on ${storefrontUrl} (log: ${join(runDir, "storefront.log")})`)
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
