/** Growing a benchmark shop's catalogue with generated products (bench/generate-products.ts). */
import { resolve } from "node:path"
import { BACKEND_DIR, reindexSearch } from "../scripts/medusa-app"
import { run } from "../scripts/processes"

export const GENERATED_HANDLE_PREFIX = "bench-cushion-"
const MEDUSA = require.resolve("@medusajs/cli/cli.js", { paths: [BACKEND_DIR] })
const GENERATOR = resolve(__dirname, "generate-products.ts")

export type Generation = { total: number; generateSeconds: number; reindexSeconds: number }

/**
 * Adds generated products until the shop has `total`, then rebuilds the product search
 * index in one pass (cheaper than one index update per product event).
 */
export async function generateProducts(env: NodeJS.ProcessEnv, total: number, log: (line: string) => void): Promise<Generation> {
  let started = Date.now()
  const progress = (line: string) => {
    if (/generate: |search: |error/i.test(line)) log(line.replace(/\x1b\[[0-9;]*m/g, "").trim())
  }
  await run(process.execPath, [MEDUSA, "exec", GENERATOR, String(total)], { cwd: BACKEND_DIR, env, onLine: progress })
  const generateSeconds = (Date.now() - started) / 1000
  started = Date.now()
  await reindexSearch(env, ["product"], progress)
  return { total, generateSeconds, reindexSeconds: (Date.now() - started) / 1000 }
}
