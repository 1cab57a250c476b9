/** Building and starting the Next.js storefront, for `npm start` and the test harness. */
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { contentDir } from "@stillpoint/content"
import { STOREFRONT_HEAP_MB, STOREFRONT_SEMI_SPACE_MB, withHeapLimit } from "./heap-limits"
import { run, startService, type Service } from "./processes"
import { hashTree } from "./source-hash"
import { buildWorkspacePackages, workspacePackagesHash } from "./workspace-packages"

export const STOREFRONT_DIR = resolve(__dirname, "../storefront")
const NEXT = require.resolve("next/dist/bin/next", { paths: [STOREFRONT_DIR] })

export type StorefrontSettings = {
  backendUrl: string
  publishableKey: string
  port: number
  revalidateSecret: string
  /** A separate build folder, so the test build never overwrites the shop's. */
  distDir?: string
  extraEnv?: Record<string, string | undefined>
}

export function storefrontEnv(options: StorefrontSettings): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    MEDUSA_BACKEND_URL: options.backendUrl,
    MEDUSA_PUBLISHABLE_KEY: options.publishableKey,
    REVALIDATE_SECRET: options.revalidateSecret,
    PORT: String(options.port),
    NEXT_DIST_DIR: options.distDir ?? ".next",
    ...options.extraEnv,
  }
}

/** The journal folder the storefront reads (CONTENT_DIR, else the repository's content/): @stillpoint/content's rule. */
export const journalContentDir = contentDir

/**
 * `next build`, skipped when neither the sources, the journal nor the backend it was
 * built against have changed (pages are prerendered with that backend's data).
 */
export async function buildStorefrontIfChanged(env: NodeJS.ProcessEnv, onLine?: (line: string) => void) {
  const distDir = join(STOREFRONT_DIR, env.NEXT_DIST_DIR ?? ".next")
  const stampFile = join(distDir, "source-hash")
  // SITE_URL: canonical links in prerendered pages, and whether next.config.mjs sends HSTS.
  const inputs = [env.MEDUSA_BACKEND_URL, env.MEDUSA_PUBLISHABLE_KEY, env.NEXT_PUBLIC_STRIPE_KEY, env.SITE_URL].join("|")
  // Next bundles the workspace packages (the journal's parser and renderer, the contracts) from their dist/.
  buildWorkspacePackages()
  const hash =
    hashTree(STOREFRONT_DIR, ["src", "public", "next.config.mjs", "package.json", "tsconfig.json"], inputs) +
    hashTree(journalContentDir(env), ["authors", "images", "posts"]) +
    workspacePackagesHash()
  if (existsSync(join(distDir, "BUILD_ID")) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === hash) {
    return false
  }
  await run(process.execPath, [NEXT, "build"], { cwd: STOREFRONT_DIR, env, onLine })
  writeFileSync(stampFile, hash)
  return true
}

export function startStorefront(mode: "production" | "develop", env: NodeJS.ProcessEnv, logFile?: string, name = "storefront"): Service {
  const command = mode === "production" ? "start" : "dev"
  return startService(name, process.execPath, [NEXT, command, "-p", env.PORT ?? "8000"], {
    cwd: STOREFRONT_DIR,
    // Capped where it serves (scripts/heap-limits.ts); `next dev` compiles and is left to V8.
    env: mode === "production" ? withHeapLimit(env, STOREFRONT_HEAP_MB, STOREFRONT_SEMI_SPACE_MB) : env,
    logFile,
  })
}
