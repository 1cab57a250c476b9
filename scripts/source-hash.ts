/** Stamps that let a build be skipped when nothing it compiles has changed. */
import { createHash } from "node:crypto"
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import { join, relative } from "node:path"

/** A hash of the files under `entries` of `base` (node_modules and dot folders left out), and of `extra`. */
export function hashTree(base: string, entries: string[], extra = ""): string {
  const hash = createHash("sha256").update(extra)
  const visit = (path: string) => {
    if (!existsSync(path)) return
    const stat = statSync(path)
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        if (name === "node_modules" || name.startsWith(".")) continue
        visit(join(path, name))
      }
    } else {
      hash.update(relative(base, path)).update(readFileSync(path))
    }
  }
  for (const entry of entries) visit(join(base, entry))
  return hash.digest("hex")
}
