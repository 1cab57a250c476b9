/** Growing a benchmark shop's catalogue with generated products (bench/generate-products.ts). */
import { resolve } from "node:path"
import { medusaExec, reindexSearch } from "../scripts/medusa-app"

export const GENERATED_HANDLE_PREFIX = "bench-cushion-"
const GENERATOR = resolve(__dirname, "generate-products.ts")

const WORDS = ["calm", "breath", "cedar", "linen", "kapok", "buckwheat", "hull", "zafu", "bench", "knee", "posture", "evening", "morning", "stillness", "cushion", "pleat", "indigo", "saffron", "sage", "wool", "retreat", "spine", "hips", "sitting", "quiet"]
/** The generated products' and posts' vocabulary: the same word for the same number. */
export const word = (n: number) => WORDS[n % WORDS.length]

export type Generation = { total: number; generateSeconds: number; reindexSeconds: number }

/**
 * Adds generated products until the shop has `total` published products, then rebuilds the
 * product search index in one pass (cheaper than one index update per product event).
 */
export async function generateProducts(env: NodeJS.ProcessEnv, total: number, log: (line: string) => void): Promise<Generation> {
  let started = Date.now()
  const progress = (line: string) => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: strips ANSI colour codes, which begin with ESC (\x1b)
    if (/generate: |search: |error/i.test(line)) log(line.replace(/\x1b\[[0-9;]*m/g, "").trim())
  }
  await medusaExec(GENERATOR, [String(total)], env, progress)
  const generateSeconds = (Date.now() - started) / 1000
  started = Date.now()
  await reindexSearch(env, ["product"], progress)
  return { total, generateSeconds, reindexSeconds: (Date.now() - started) / 1000 }
}
