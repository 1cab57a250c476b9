/**
 * How many backend processes `npm start` runs, and why: one per core through Medusa's own
 * `medusa start --cluster <n>` (every process "shared": HTTP, subscribers, scheduled jobs) when
 * Redis is there to make that sound, else one.
 *
 * Several processes are only correct when they share what Medusa otherwise keeps in each
 * process's memory: the event bus (each event handled once, by one process, all of which have
 * the subscribers), the workflow engine (a scheduled job runs once per tick: BullMQ's
 * repeatable job, one key per job), locks (one cart changed by one process at a time) and the
 * Caching Module (an invalidation reaches every process). medusa-config.ts switches all four
 * to Medusa's Redis modules when REDIS_URL is set. Without Redis the in-memory modules would
 * give each process its own cache (stale answers after a change handled by the other) and its
 * own scheduler (every job twice), so the backend stays one process.
 */
import { availableParallelism } from "node:os"
import { findRedisServer, startShopRedis, type RunningRedis } from "./redis-server"

export type ProcessModel = {
  processes: number
  /** For every backend process, when there are several. */
  redisUrl?: string
  /** The local redis-server started for them. */
  redis?: RunningRedis
  /** For the start banner. */
  why: string
}

export async function chooseProcessModel(options: { dataDir: string; redisPassword: string }): Promise<ProcessModel> {
  const cores = availableParallelism()
  const asked = Number(process.env.BACKEND_PROCESSES)
  const processes = Number.isInteger(asked) && asked > 0 ? asked : cores
  if (processes < 2) {
    return { processes: 1, why: asked ? "BACKEND_PROCESSES=1" : "this machine has one core" }
  }
  const count = `${processes} processes (medusa start --cluster ${processes}${asked ? ", BACKEND_PROCESSES" : ", one per core"})`
  const shared = "sharing events, workflows and scheduled jobs, locks and the cache through Redis"
  if (process.env.REDIS_URL) {
    return { processes, redisUrl: process.env.REDIS_URL, why: `${count}, ${shared} at REDIS_URL` }
  }
  const binary = findRedisServer()
  if (!binary) {
    return {
      processes: 1,
      why: `1 process: without Redis each process would keep its own cache and scheduler (install redis-server or set REDIS_URL to use ${processes} cores)`,
    }
  }
  const redis = await startShopRedis(binary, options.dataDir, options.redisPassword)
  return { processes, redisUrl: redis.url, redis, why: `${count}, ${shared} (local redis-server on port ${redis.port})` }
}
