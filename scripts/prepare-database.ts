/**
 * Migrations, the search indexes and the seed: what every launcher, test stack and benchmark
 * does to a database before the shop runs on it.
 */
import { migrate, reindexSearch, seed } from "./medusa-app"
import { unwatched, type StepRunner } from "./steps"

export type PreparedShop = {
  /** The storefront's publishable API key, which the seed writes to PUBLISHABLE_KEY_FILE. */
  publishableKey: string
  /** Whether this seed created the owner's admin user (the first start on this database). */
  ownerCreated: boolean
}

type PrepareOptions = {
  /** Every line of the commands' output. */
  onLine?: (line: string) => void
  steps?: StepRunner
  /** A cluster's commands run alone, before any instance: on Medusa's in-process modules, not Redis. */
  inProcessModules?: boolean
}

export async function prepareDatabase(env: NodeJS.ProcessEnv, options: PrepareOptions & { seed: false }): Promise<undefined>
export async function prepareDatabase(env: NodeJS.ProcessEnv, options?: PrepareOptions): Promise<PreparedShop>
export async function prepareDatabase(env: NodeJS.ProcessEnv, options: PrepareOptions & { seed?: boolean } = {}): Promise<PreparedShop | undefined> {
  const { onLine, steps = unwatched } = options
  const commandEnv = options.inProcessModules ? { ...env, REDIS_URL: undefined } : env
  await steps("migrate", () => migrate(commandEnv, onLine))
  // Before the seed: the journal index is rebuilt from content/posts every time, and on a
  // fresh database this gives the indexes an active version, so the products the seed
  // creates reach the search index through their events.
  await steps("reindex", () => reindexSearch(commandEnv, [], onLine))
  if (options.seed === false) return
  let ownerCreated = false
  const publishableKey = await steps("seed", () =>
    seed(commandEnv, (line) => {
      if (/seed: admin user\s+1 created/.test(line)) ownerCreated = true
      onLine?.(line)
    })
  )
  return { publishableKey, ownerCreated }
}
