/**
 * A throwaway shop for one test run: its own PostgreSQL data folder (or its own database
 * on DATABASE_URL's server), migrated and seeded, with the backend (the production build, admin
 * on, as `npm start` runs it) and (optionally) the storefront on free ports. Started once per
 * suite, not per test.
 */
import { randomBytes } from "node:crypto"
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs"
import { join, resolve } from "node:path"
import pg from "pg"
import { startEmbeddedDatabase, type RunningDatabase } from "../../scripts/embedded-database"
import { startMailInbox } from "../../scripts/mail-inbox"
import { backendEnv } from "../../scripts/medusa-app"
import { findFreePort } from "../../scripts/ports"
import { prepareDatabase } from "../../scripts/prepare-database"
import { errorsOnly, stopAll } from "../../scripts/processes"
import { newSecrets } from "../../scripts/shop-secrets"
import { startStack } from "../../scripts/stack"
import { timedSteps } from "../../scripts/steps"
import { journalContentDir } from "../../scripts/storefront-app"
import { StripeEmulator } from "../stripe-emulator/emulator"

export type TestStack = {
  runDir: string
  backendUrl: string
  storefrontUrl?: string
  publishableKey: string
  databaseUrl: string
  adminEmail: string
  adminPassword: string
  /** The backend's environment, for tests that run Medusa commands (the seed) themselves. */
  backendEnvFile: string
  /** The inbox every email of the backend lands in (maildev's web and API address). */
  mailInboxUrl: string
  /** maildev's process id: a test pauses it (SIGSTOP) to play an SMTP server that does not answer. */
  mailInboxPid: number
  /** Stripe as the tests see it: the emulator, or Stripe's test mode when STRIPE_TEST_LIVE=1. */
  stripe: { apiUrl: string; secretKey: string; webhookSecret: string; emulated: boolean }
  startStorefront: () => Promise<string>
  stop: () => Promise<void>
}

export async function startTestStack(runDir: string, log: (line: string) => void): Promise<TestStack> {
  mkdirSync(runDir, { recursive: true })
  const stateDir = join(runDir, "state")
  let database: RunningDatabase | undefined
  let databaseUrl: string
  let dropDatabase = async () => {}
  const secrets = newSecrets()

  if (process.env.DATABASE_URL) {
    const name = `stillpoint_test_${Date.now()}`
    databaseUrl = await createThrowawayDatabase(process.env.DATABASE_URL, name)
    dropDatabase = () => dropThrowawayDatabase(process.env.DATABASE_URL!, name)
    log(`database: ${name} on DATABASE_URL's server`)
  } else {
    database = await startEmbeddedDatabase({ dataDir: join(runDir, "postgres"), database: "stillpoint_test", password: secrets.databasePassword, preferredPort: 0, log })
    databaseUrl = database.url
    log(`database: embedded PostgreSQL on port ${database.port}`)
  }

  // Ports from the OS, not a fixed range: two suites started at once must not share one.
  const backendPort = await findFreePort(0)
  const adminEmail = "owner@stillpoint.test"
  const storefrontPort = await findFreePort(0)
  const backendUrl = `http://localhost:${backendPort}`

  // Stripe: the emulator on a free port, unless the suite is pointed at Stripe's real test mode.
  const live = process.env.STRIPE_TEST_LIVE === "1"
  if (live && !process.env.STRIPE_API_KEY?.startsWith("sk_test_")) throw new Error("STRIPE_TEST_LIVE=1 needs STRIPE_API_KEY=sk_test_…")
  const stripeSecretKey = live ? process.env.STRIPE_API_KEY! : `sk_test_${randomBytes(12).toString("hex")}`
  const webhookSecret = live ? process.env.STRIPE_WEBHOOK_SECRET ?? "" : `whsec_${randomBytes(16).toString("hex")}`
  const emulator = live ? undefined : new StripeEmulator({ webhookUrl: `${backendUrl}/hooks/payment/stripe_stripe`, webhookSecret, secretKey: stripeSecretKey })
  const emulatorAddress = await emulator?.start()
  if (emulator) log(`Stripe emulator on ${emulator.url}`)
  const inbox = await startMailInbox({
    smtpPort: await findFreePort(0),
    webPort: await findFreePort(0),
    mailDirectory: join(runDir, "mail"),
    logFile: join(runDir, "maildev.log"),
  })
  log(`inbox (maildev) on ${inbox.webUrl}`)
  const env = backendEnv({
    databaseUrl,
    port: backendPort,
    stateDir,
    storefrontUrl: `http://localhost:${storefrontPort}`,
    jwtSecret: secrets.jwtSecret,
    cookieSecret: secrets.cookieSecret,
    adminEmail,
    adminPassword: secrets.adminPassword,
    revalidateSecret: secrets.revalidateSecret,
    extraEnv: {
      STRIPE_API_KEY: stripeSecretKey,
      STRIPE_WEBHOOK_SECRET: webhookSecret,
      STRIPE_API_HOST: emulatorAddress?.host,
      STRIPE_API_PORT: emulatorAddress ? String(emulatorAddress.port) : undefined,
      STRIPE_API_PROTOCOL: emulatorAddress?.protocol,
      PAYMENT_WEBHOOK_DELAY_MS: "500",
      // An SMTP server that does not answer fails a send within 2 s; failed emails are retried every 3 s.
      SMTP_URL: `${inbox.smtpUrl}?connectionTimeout=2000&greetingTimeout=2000`,
      EMAIL_RETRY_SCHEDULE: "*/3 * * * * *",
    },
  })
  const quiet = errorsOnly(log)
  const steps = timedSteps(log)
  const { publishableKey } = await prepareDatabase(env, { onLine: quiet, steps })
  // As `npm start` runs it: the production build with the admin, over plain http.
  const apps = await startStack({
    backendEnv: env,
    mode: "production",
    privateBuild: "test",
    storefront: {
      port: storefrontPort,
      publishableKey,
      revalidateSecret: secrets.revalidateSecret,
      distDir: process.env.TEST_NEXT_DIST_DIR || ".next-test",
      extraEnv: {
        // Stripe.js cannot load here, so the browser tests check out with the system provider.
        NEXT_PUBLIC_STRIPE_KEY: undefined,
        CONTENT_DIR: journalWithFixtures(runDir, journalContentDir(process.env)),
      },
      deferred: true,
    },
    logDir: runDir,
    steps,
    onBuilt: (app, built) => log(`${app} ${built ? "built" : "build reused"}`),
    onLine: quiet,
  })
  log(`backend on ${backendUrl} (log: ${join(runDir, "backend.log")})`)

  const backendEnvFile = join(runDir, "backend-env.json")
  const exported = Object.fromEntries(Object.entries(env).filter(([key]) => !(key in process.env) || key === "DATABASE_URL"))
  writeFileSync(backendEnvFile, JSON.stringify(exported, null, 2))

  const stack: TestStack = {
    runDir,
    backendUrl,
    publishableKey,
    databaseUrl,
    adminEmail,
    adminPassword: secrets.adminPassword,
    backendEnvFile,
    mailInboxUrl: inbox.webUrl,
    mailInboxPid: inbox.service.child.pid ?? 0,
    stripe: { apiUrl: emulator?.url ?? "https://api.stripe.com", secretKey: stripeSecretKey, webhookSecret, emulated: Boolean(emulator) },
    async startStorefront() {
      stack.storefrontUrl = await apps.startStorefront()
      log(`storefront on ${stack.storefrontUrl} (log: ${join(runDir, "storefront.log")})`)
      return stack.storefrontUrl
    },
    async stop() {
      await apps.stop()
      await stopAll()
      await emulator?.stop()
      await database?.stop().catch(() => {})
      await dropDatabase().catch(() => {})
      rmSync(join(runDir, "postgres"), { recursive: true, force: true })
    },
  }
  return stack
}

/**
 * The journal the browser tests read: the shop's content/ plus the posts in
 * tests/e2e/fixtures/content (hostile Markdown), which must never reach content/ itself.
 */
function journalWithFixtures(runDir: string, contentDir: string) {
  const dir = join(runDir, "content")
  cpSync(contentDir, dir, { recursive: true })
  cpSync(resolve(__dirname, "../e2e/fixtures/content"), dir, { recursive: true })
  return dir
}

async function createThrowawayDatabase(serverUrl: string, name: string) {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  await client.query(`create database "${name}"`)
  await client.end()
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return url.toString()
}

async function dropThrowawayDatabase(serverUrl: string, name: string) {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  await client.query(`drop database if exists "${name}" with (force)`)
  await client.end()
}
