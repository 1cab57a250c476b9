/**
 * The workspace packages both apps import: @stillpoint/shop-contracts (shared/) and
 * @stillpoint/content (content/). The apps load them from their compiled dist/ (`medusa build`
 * compiles only backend/), so `npm install` builds them (the root postinstall) and the launch
 * layer rebuilds one whenever its sources no longer match the stamp of its last build.
 */
import { spawnSync } from "node:child_process"
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { hashTree } from "./source-hash"

const ROOT = resolve(__dirname, "..")
const PACKAGE_DIRS = ["shared", "content"].map((name) => join(ROOT, name))
const SOURCES = ["src", "package.json", "tsconfig.json", "tsconfig.build.json"]

/** A hash of every package's sources, for the stamps of the app builds that bundle them. */
export function workspacePackagesHash(): string {
  return PACKAGE_DIRS.map((dir) => hashTree(dir, SOURCES)).join("")
}

/** Runs each stale package's `build:package`; returns the folders it built. */
export function buildWorkspacePackages(): string[] {
  return PACKAGE_DIRS.filter((dir) => {
    const stampFile = join(dir, "dist", ".source-hash")
    const hash = hashTree(dir, SOURCES)
    if (existsSync(stampFile) && readFileSync(stampFile, "utf8") === hash) return false
    const result = spawnSync("npm", ["run", "build:package", "--silent"], { cwd: dir, stdio: "inherit" })
    if (result.status !== 0) throw new Error(`Building ${dir} failed (exit ${result.status}); see the compiler's errors above.`)
    writeFileSync(stampFile, hash)
    return true
  })
}
