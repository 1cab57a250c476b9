/**
 * Compiles the package to dist/ (ES modules with .d.ts) when a source is newer than the last
 * build. The backend (`medusa build` compiles only backend/) and the storefront load dist/,
 * so `npm install` builds it (root postinstall) and the launchers and the test runner call
 * this before they build or run anything that imports the package.
 */
import { spawnSync } from "node:child_process"
import { existsSync, readdirSync, statSync } from "node:fs"
import { createRequire } from "node:module"
import { join, resolve } from "node:path"

const PACKAGE_DIR = resolve(import.meta.dirname, "..")
const BUILT = join(PACKAGE_DIR, "dist", "index.js")

function newestChange(path: string): number {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))))
}

/** Returns whether it built (false: dist/ was already up to date). */
export function buildContentPackage(): boolean {
  const sources = ["src", "package.json", "tsconfig.json", "tsconfig.build.json"].map((name) => join(PACKAGE_DIR, name))
  if (existsSync(BUILT) && statSync(BUILT).mtimeMs >= Math.max(...sources.map(newestChange))) return false
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc")
  const result = spawnSync(process.execPath, [tsc, "-p", join(PACKAGE_DIR, "tsconfig.build.json")], { stdio: "inherit" })
  if (result.status !== 0) throw new Error(`Building @stillpoint/content failed (tsc exit ${result.status}); see the errors above.`)
  return true
}
