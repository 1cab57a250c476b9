/** Migrating, seeding, building and starting the Medusa application in backend/. */
import { cpSync, existsSync, lstatSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs"
import { join, relative, resolve } from "node:path"
import { BACKEND_HEAP_MB, SOURCE_HEAP_EXTRA_MB, withHeapLimit } from "./heap-limits"
import { buildWorkspacePackages } from "./workspace-packages"
import { run, startService, type Service } from "./processes"
import { hashTree } from "./source-hash"

const BACKEND_DIR = resolve(__dirname, "../backend")
export const SERVER_DIR = join(BACKEND_DIR, ".medusa", "server")
const MEDUSA = require.resolve("@medusajs/cli/cli.js", { paths: [BACKEND_DIR] })
// The same CLI without cli.js's preamble, which registers ts-node whenever it is installed (here,
// a dev dependency of the workspace; not in a deployment's production install): TypeScript costs
// each backend process ~80-90 MB of RSS, and the build is plain JavaScript. The preamble's dotenv
// is not needed either: the launch layer passes the environment.
const MEDUSA_COMPILED = require.resolve("@medusajs/cli/dist/index.js", { paths: [BACKEND_DIR] })

export type BackendSettings = {
  databaseUrl: string
  port: number
  /** Holds uploads and the publishable key file. */
  stateDir: string
  storefrontUrl: string
  jwtSecret: string
  cookieSecret: string
  adminEmail: string
  adminPassword: string
  /** Shared with the storefront, which checks it on /api/revalidate. */
  revalidateSecret: string
  adminDisabled?: boolean
  extraEnv?: Record<string, string | undefined>
}

export const publishableKeyFile = (stateDir: string) => join(stateDir, "publishable-key")
export const uploadDir = (stateDir: string) => join(stateDir, "uploads")

export function backendEnv(settings: BackendSettings): NodeJS.ProcessEnv {
  return {
    ...process.env,
    MEDUSA_DISABLE_TELEMETRY: "true",
    DATABASE_URL: settings.databaseUrl,
    PORT: String(settings.port),
    MEDUSA_BACKEND_URL: `http://localhost:${settings.port}`,
    STOREFRONT_URL: settings.storefrontUrl,
    JWT_SECRET: settings.jwtSecret,
    COOKIE_SECRET: settings.cookieSecret,
    ADMIN_EMAIL: settings.adminEmail,
    ADMIN_PASSWORD: settings.adminPassword,
    ADMIN_DISABLED: settings.adminDisabled ? "true" : "false",
    REVALIDATE_SECRET: settings.revalidateSecret,
    PUBLISHABLE_KEY_FILE: publishableKeyFile(settings.stateDir),
    UPLOAD_DIR: uploadDir(settings.stateDir),
    ...settings.extraEnv,
  }
}

const medusa = (args: string[], env: NodeJS.ProcessEnv, onLine?: (line: string) => void) => {
  // The backend loads the workspace packages from their dist/, which `medusa build` does not compile.
  buildWorkspacePackages()
  return run(process.execPath, [MEDUSA, ...args], { cwd: BACKEND_DIR, env, onLine })
}

/** `medusa exec <script> <args>`: `script` is a path, absolute or relative to backend/. */
export const medusaExec = (script: string, args: string[], env: NodeJS.ProcessEnv, onLine?: (line: string) => void) =>
  medusa(["exec", script, ...args], env, onLine)

export async function migrate(env: NodeJS.ProcessEnv, onLine?: (line: string) => void) {
  await medusa(["db:migrate"], env, onLine)
}

export async function seed(env: NodeJS.ProcessEnv, onLine?: (line: string) => void) {
  await medusaExec("./src/scripts/seed.ts", [], env, onLine)
  return readFileSync(env.PUBLISHABLE_KEY_FILE!, "utf8").trim()
}

/** Rebuilds search indexes (all when `indexes` is empty); see src/scripts/search-reindex.ts. */
export async function reindexSearch(env: NodeJS.ProcessEnv, indexes: string[] = [], onLine?: (line: string) => void) {
  await medusaExec("./src/scripts/search-reindex.ts", indexes, env, onLine)
}

/** `medusa build` (server and admin), skipped when nothing it compiles has changed. */
export async function buildBackendIfChanged(env: NodeJS.ProcessEnv, onLine?: (line: string) => void): Promise<boolean> {
  const stampFile = join(SERVER_DIR, ".source-hash")
  const hash = hashTree(BACKEND_DIR, ["src", "medusa-config.ts", "instrumentation.ts", "package.json", "tsconfig.json"])
  const complete = existsSync(join(SERVER_DIR, "public", "admin", "index.html"))
  if (complete && existsSync(stampFile) && readFileSync(stampFile, "utf8") === hash) return false
  // Always with the admin: the build is shared, and a stack that runs without the admin (the
  // benchmark) must not leave `npm start` a build whose stamp is current but has no admin.
  await medusa(["build"], { ...env, NODE_ENV: "production", ADMIN_DISABLED: "false" }, onLine)
  writeFileSync(stampFile, hash)
  return true
}

/**
 * Starts the backend. "production" runs the build in .medusa/server (admin included);
 * "develop" is `medusa develop` in backend/ with reload on change; "source" runs the
 * TypeScript sources from `appDir`, a folder of links to backend/ with its own /static,
 * so a test stack never touches the uploads of the shop (or of another test run).
 * `serverDir` runs a copy of the build instead of .medusa/server (the benchmark's, which a
 * rebuild for `npm start` must not change under it, and whose /static link is its own).
 */
export function startBackend(
  mode: "production" | "source" | "develop",
  env: NodeJS.ProcessEnv,
  options: { logFile?: string; appDir?: string; serverDir?: string; name?: string; processes?: number } = {}
): Service {
  const cwd = mode === "production" ? options.serverDir ?? SERVER_DIR : mode === "source" && options.appDir ? linkedAppDir(options.appDir) : BACKEND_DIR
  // Medusa serves /static from <app>/static; point it at this stack's upload folder.
  linkStaticDir(cwd, env.UPLOAD_DIR!)
  const command = mode === "develop" ? ["develop"] : ["start"]
  // Medusa's own cluster: one primary forking `processes` workers in "shared" mode (HTTP,
  // subscribers, jobs) on one port. Sound only with REDIS_URL (see scripts/process-model.ts).
  const processes = options.processes ?? 1
  if (processes > 1 && mode !== "develop") command.push("--cluster", String(processes))
  return startService(options.name ?? "backend", process.execPath, [mode === "production" ? MEDUSA_COMPILED : MEDUSA, ...command], {
    cwd,
    group: processes > 1,
    // Capped where it serves (scripts/heap-limits.ts); `medusa develop` recompiles and is left to V8.
    // From the sources (the tests), ts-node's TypeScript compiler shares the heap: room for it on top.
    env: mode === "develop" ? { ...env, NODE_ENV: "development" } : withHeapLimit(env, mode === "source" ? BACKEND_HEAP_MB + SOURCE_HEAP_EXTRA_MB : BACKEND_HEAP_MB),
    logFile: options.logFile,
  })
}

/**
 * Starts a private copy of the build (admin included), as `npm start` runs it: a later rebuild
 * for `npm start` cannot change it under a running test or benchmark. The copy lives beside
 * the build so it resolves its packages as the build does.
 */
export function startBuiltCopy(env: NodeJS.ProcessEnv, name: string, options: { logFile?: string; processes?: number } = {}) {
  const serverDir = join(BACKEND_DIR, ".medusa", `${name}-server-${process.pid}`)
  cpSync(SERVER_DIR, serverDir, { recursive: true, filter: (source) => source !== join(SERVER_DIR, "static") })
  const service = startBackend("production", env, { logFile: options.logFile, serverDir, processes: options.processes })
  return { service, remove: () => rmSync(serverDir, { recursive: true, force: true }) }
}

function linkedAppDir(appDir: string) {
  mkdirSync(appDir, { recursive: true })
  for (const entry of ["medusa-config.ts", "src", "package.json"]) {
    const link = join(appDir, entry)
    if (!lstatOrNull(link)) symlinkSync(join(BACKEND_DIR, entry), link)
  }
  writeFileSync(join(appDir, "tsconfig.json"), JSON.stringify({ extends: join(BACKEND_DIR, "tsconfig.json") }))
  return appDir
}

function linkStaticDir(appDir: string, uploads: string) {
  mkdirSync(uploads, { recursive: true })
  const link = join(appDir, "static")
  const current = lstatOrNull(link)
  if (current && !current.isSymbolicLink()) {
    throw new Error(`${link} is a real folder; move its files into ${uploads} and delete it.`)
  }
  if (current) rmSync(link)
  symlinkSync(relative(appDir, uploads), link)
}

function lstatOrNull(path: string) {
  try {
    return lstatSync(path)
  } catch {
    return null
  }
}
