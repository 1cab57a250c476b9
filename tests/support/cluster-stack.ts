/**
 * A throwaway cluster for one run of the cluster tests or the cluster benchmark: its own
 * embedded PostgreSQL and redis-server (random ports, files under runDir, Redis writing
 * nothing to disk), migrated and seeded, then backend servers + worker (+ storefronts)
 * behind nginx (scripts/stack.ts, scripts/cluster.ts). Its PostgreSQL and Redis passwords are
 * generated for the run. With `meilisearch`, search runs through Meilisearch as a deployment with
 * MEILISEARCH_HOST does: the real one when MEILISEARCH_HOST is set, else the Meilisearch stand-in
 * in this process.
 */
import { mkdirSync, rmSync } from "node:fs"
import { join } from "node:path"
import type { Cluster } from "../../scripts/cluster"
import { startEmbeddedDatabase } from "../../scripts/embedded-database"
import { requireNginx } from "../../scripts/load-balancer"
import { startMailInbox } from "../../scripts/mail-inbox"
import { backendEnv } from "../../scripts/medusa-app"
import { findFreePort } from "../../scripts/ports"
import { prepareDatabase } from "../../scripts/prepare-database"
import { errorsOnly, stopAll } from "../../scripts/processes"
import { findRedisServer, installRedisServerWithApt, startRedisServer } from "../../scripts/redis-server"
import { newSecrets, type Secrets } from "../../scripts/shop-secrets"
import { startStack } from "../../scripts/stack"
import { startMeilisearchStandin } from "../meilisearch-standin/server"

export type ClusterStack = {
  cluster: Cluster
  publishableKey: string
  adminEmail: string
  adminPassword: string
  databaseUrl: string
  redisUrl: string
  /** The inbox every email of the cluster lands in (maildev's web and API address). */
  mailInboxUrl: string
  /** The Meilisearch the backends search with, and whether it is the stand-in (none: Postgres). */
  meilisearch?: { host: string; apiKey: string; standin: boolean }
  logDir: string
  stop: () => Promise<void>
}

export type ClusterStackOptions = {
  mode: "production" | "source"
  servers: number
  storefronts: number
  /** Storefront build folder (under storefront/), shared by the instances; no storefront without it. */
  distDir?: string
  extraEnv?: Record<string, string>
  /** Search through Meilisearch instead of the default Postgres provider. */
  meilisearch?: boolean
  log: (line: string) => void
}

export async function startClusterStack(runDir: string, options: ClusterStackOptions): Promise<ClusterStack> {
  const { log } = options
  mkdirSync(runDir, { recursive: true })
  const logDir = join(runDir, "logs")
  // The balancers are nginx: without it, stop here with how to install it (apt-get install -y nginx).
  requireNginx()
  const redisBinary = findRedisServer() ?? installRedisServerWithApt(log)
  if (!redisBinary) throw new Error("The cluster tests need redis-server: apt-get install -y redis-server")

  // Every password of this throwaway cluster is its own, generated for this run.
  const secrets = newSecrets()
  const database = await startEmbeddedDatabase({
    dataDir: join(runDir, "postgres"),
    database: "stillpoint_cluster",
    password: secrets.databasePassword,
    preferredPort: 0,
    log,
  })
  log(`database: embedded PostgreSQL on port ${database.port}`)
  const standin = options.meilisearch && !process.env.MEILISEARCH_HOST ? await startMeilisearchStandin({ apiKey: secrets.revalidateSecret }) : undefined
  const meilisearch = !options.meilisearch
    ? undefined
    : standin
      ? { host: standin.url, apiKey: secrets.revalidateSecret, standin: true }
      : { host: process.env.MEILISEARCH_HOST ?? "", apiKey: process.env.MEILISEARCH_API_KEY ?? "", standin: false }
  if (meilisearch) log(`search: ${standin ? "the Meilisearch stand-in" : "Meilisearch"} on ${meilisearch.host}`)
  const removeThrowaways = async () => {
    await stopAll()
    await standin?.stop()
    await database.stop().catch(() => {})
    rmSync(join(runDir, "postgres"), { recursive: true, force: true })
    rmSync(join(runDir, "redis"), { recursive: true, force: true })
    rmSync(join(runDir, "mail"), { recursive: true, force: true })
  }
  try {
    return await startOnDatabase(runDir, database.url, secrets, redisBinary, logDir, meilisearch, options, removeThrowaways)
  } catch (error) {
    await removeThrowaways()
    throw error
  }
}

async function startOnDatabase(
  runDir: string,
  databaseUrl: string,
  secrets: Secrets,
  redisBinary: string,
  logDir: string,
  meilisearch: ClusterStack["meilisearch"],
  options: ClusterStackOptions,
  removeThrowaways: () => Promise<void>
): Promise<ClusterStack> {
  const { log } = options
  const redis = await startRedisServer({
    binary: redisBinary,
    dataDir: join(runDir, "redis"),
    password: secrets.redisPassword,
    persistent: false,
    logFile: join(logDir, "redis.log"),
  })
  log(`redis-server on port ${redis.port}`)
  const inbox = await startMailInbox({
    smtpPort: await findFreePort(0),
    webPort: await findFreePort(0),
    mailDirectory: join(runDir, "mail"),
    logFile: join(logDir, "maildev.log"),
  })
  log(`inbox (maildev) on ${inbox.webUrl}`)

  const backendPort = await findFreePort(0)
  const storefrontPort = await findFreePort(0)
  const adminEmail = "owner@stillpoint.test"
  const env = backendEnv({
    databaseUrl,
    port: backendPort,
    stateDir: join(runDir, "state"),
    storefrontUrl: `http://localhost:${storefrontPort}`,
    jwtSecret: secrets.jwtSecret,
    cookieSecret: secrets.cookieSecret,
    adminEmail,
    adminPassword: secrets.adminPassword,
    revalidateSecret: secrets.revalidateSecret,
    adminDisabled: options.mode === "source",
    extraEnv: {
      SMTP_URL: inbox.smtpUrl,
      ...(meilisearch ? { MEILISEARCH_HOST: meilisearch.host, MEILISEARCH_API_KEY: meilisearch.apiKey } : {}),
      ...options.extraEnv,
    },
  })
  const quiet = errorsOnly(log)
  const { publishableKey } = await prepareDatabase(env, { inProcessModules: true, onLine: quiet })
  log("migrated and seeded")

  const started = Date.now()
  const { cluster } = await startStack({
    backendEnv: env,
    mode: options.mode,
    storefront: options.distDir
      ? { port: storefrontPort, publishableKey, revalidateSecret: secrets.revalidateSecret, distDir: options.distDir }
      : undefined,
    cluster: { servers: options.servers, storefronts: options.storefronts, redisUrl: redis.url, runDir },
    logDir,
    onBuilt: (app, built) => log(`${app} ${built ? "built" : "build reused"}`),
    onLine: quiet,
    log,
  })
  log(`cluster up in ${((Date.now() - started) / 1000).toFixed(1)} s (logs: ${logDir})`)

  return {
    cluster,
    publishableKey,
    adminEmail,
    adminPassword: secrets.adminPassword,
    databaseUrl,
    redisUrl: redis.url,
    mailInboxUrl: inbox.webUrl,
    meilisearch,
    logDir,
    async stop() {
      await cluster.stop().catch(() => {})
      await removeThrowaways()
    },
  }
}
