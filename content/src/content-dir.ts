/**
 * Where the journal lives: this package's own folder (posts/, authors/, images/ beside src/
 * and dist/), found from this file so it is the same from backend/, storefront/, a test or
 * backend/.medusa/server. CONTENT_DIR replaces it (the browser tests read a copy with extra
 * posts); a relative CONTENT_DIR is taken from the repository root, whatever the working directory.
 */
import { dirname, resolve } from "node:path"
import { fileURLToPath } from "node:url"

// import.meta.url, not import.meta.dirname: Next's bundler (Turbopack) supplies only the former.
const PACKAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..")
const REPOSITORY_DIR = resolve(PACKAGE_DIR, "..")

export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.CONTENT_DIR ? resolve(REPOSITORY_DIR, env.CONTENT_DIR) : PACKAGE_DIR
}
