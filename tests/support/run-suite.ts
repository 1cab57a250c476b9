/**
 * `npm test`: the whole suite on its own throwaway shop.
 *   1. unit tests (no services)
 *   2. start PostgreSQL + backend once, run the integration tests against it
 *   3. build and start the storefront, run the Playwright browser tests
 * Prints one closing line "N passed, N failed" and exits non-zero on any failure.
 *
 *   npm test -- --only=unit|integration|e2e    run one stage
 *   npm test -- --files=stripe,search          only test files whose path contains "stripe" or "search"
 */
import { existsSync, readdirSync, statSync } from "node:fs"
import { join, relative, resolve } from "node:path"
import { buildWorkspacePackages } from "../../scripts/workspace-packages"
import { reportSkips, runTestCommand, type Runner, type Tally as StageTally } from "./run-stage"
import { startTestStack, type TestStack } from "./stack"

const ROOT = resolve(__dirname, "../..")
const only = process.argv.find((arg) => arg.startsWith("--only="))?.slice("--only=".length)
const wants = (stage: string) => !only || only === stage
const fileFilter = process.argv.find((arg) => arg.startsWith("--files="))?.slice("--files=".length)

type Tally = StageTally & { stage: string }

function findFiles(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (name === "node_modules" || name.startsWith(".")) return []
    if (statSync(path).isDirectory()) return findFiles(path, pattern)
    return pattern.test(name) && (!fileFilter || fileFilter.split(",").some((part) => path.includes(part))) ? [path] : []
  })
}

/** Runs one stage under its heading; the tally keeps the stage's name for the summary. */
async function runStage(stage: string, runner: Runner, command: string, args: string[], env: NodeJS.ProcessEnv): Promise<Tally> {
  console.log(`\n━━ ${stage} ━━`)
  return { stage, ...(await runTestCommand(command, args, env, ROOT, runner)) }
}

const nodeTest = (files: string[], env: NodeJS.ProcessEnv, stage: string) =>
  runStage(stage, "node:test", process.execPath, ["--import", "tsx", "--test", ...files.map((f) => relative(ROOT, f))], env)

async function main() {
  process.env.MEDUSA_DISABLE_TELEMETRY = "true"
  process.env.NEXT_TELEMETRY_DISABLED = "1"
  const tallies: Tally[] = []
  const runDir = join(ROOT, "tests", ".artifacts", `run-${new Date().toISOString().replace(/[:.]/g, "-")}`)
  const log = (line: string) => console.log(`  [stack] ${line}`)

  const unitFiles = [
    ...findFiles(join(ROOT, "content", "src"), /\.test\.ts$/),
    ...findFiles(join(ROOT, "backend", "src"), /\.test\.ts$/),
    ...findFiles(join(ROOT, "storefront", "src"), /\.test\.tsx?$/),
    ...findFiles(join(ROOT, "tests", "unit"), /\.test\.ts$/),
  ]
  // The storefront's and backend's tests import the workspace packages from their dist/.
  buildWorkspacePackages()
  if (wants("unit") && unitFiles.length) tallies.push(await nodeTest(unitFiles, process.env, "unit tests"))

  let stack: TestStack | undefined
  const stop = async () => {
    await stack?.stop()
    stack = undefined
  }
  process.on("SIGINT", () => void stop().then(() => process.exit(130)))

  try {
    if (wants("integration") || wants("e2e")) {
      console.log("\n━━ starting the test shop ━━")
      stack = await startTestStack(runDir, log)
    }
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      BACKEND_URL: stack?.backendUrl,
      PUBLISHABLE_KEY: stack?.publishableKey,
      TEST_DATABASE_URL: stack?.databaseUrl,
      ADMIN_EMAIL: stack?.adminEmail,
      ADMIN_PASSWORD: stack?.adminPassword,
      TEST_BACKEND_ENV_FILE: stack?.backendEnvFile,
      MAIL_INBOX_URL: stack?.mailInboxUrl,
      MAIL_INBOX_PID: stack ? String(stack.mailInboxPid) : undefined,
      STRIPE_TEST_API_URL: stack?.stripe.apiUrl,
      STRIPE_TEST_SECRET_KEY: stack?.stripe.secretKey,
      STRIPE_TEST_WEBHOOK_SECRET: stack?.stripe.webhookSecret,
      STRIPE_TEST_EMULATED: stack?.stripe.emulated ? "1" : "",
    }
    const integrationFiles = [
      ...findFiles(join(ROOT, "backend", "integration-tests"), /\.test\.ts$/),
      ...findFiles(join(ROOT, "tests", "integration"), /\.test\.ts$/),
    ]
    if (stack && wants("integration") && integrationFiles.length) {
      tallies.push(await nodeTest(integrationFiles, env, "integration tests (backend + database)"))
    }
    const specs = findFiles(join(ROOT, "tests", "e2e"), /\.spec\.ts$/)
    if (stack && wants("e2e") && specs.length) {
      env.STOREFRONT_URL = await stack.startStorefront()
      const playwright = require.resolve("@playwright/test/cli", { paths: [join(ROOT, "tests")] })
      // With --files, hand Playwright only the matching specs (it would otherwise run every one).
      const chosen = fileFilter ? specs.map((f) => relative(ROOT, f)) : []
      tallies.push(await runStage("browser tests (Playwright, Chromium)", "playwright", process.execPath, [playwright, "test", "-c", "tests/e2e/playwright.config.ts", ...chosen], env))
    }
  } catch (error) {
    console.error(`\n✖ ${error instanceof Error ? error.message : error}`)
    tallies.push({ stage: "test shop", passed: 0, failed: 1, skipped: 0, skippedTests: [], exitCode: 1 })
  } finally {
    await stop()
  }

  console.log("\n━━ summary ━━")
  for (const t of tallies) console.log(`  ${t.stage}: ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped${t.exitCode ? ` (exit ${t.exitCode})` : ""}`)
  // A skip not listed in expected-skips.ts is a test that silently stopped testing: a failure.
  const unexpectedSkips = tallies.reduce((sum, t) => sum + reportSkips(t, ROOT), 0)
  const passed = tallies.reduce((sum, t) => sum + t.passed, 0)
  const failed = tallies.reduce((sum, t) => sum + t.failed + (t.exitCode && !t.failed ? 1 : 0), 0) + unexpectedSkips
  console.log(`${passed} passed, ${failed} failed`)
  process.exit(failed || tallies.length === 0 ? 1 : 0)
}

main()
