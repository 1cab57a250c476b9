/**
 * GET /admin/worker-heartbeats?limit=50 — the latest runs of the worker-heartbeat job, newest
 * first: when the background worker (subscribers, scheduled jobs, search indexing) last ran.
 */
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { WORKER_HEARTBEAT_MODULE } from "../../../modules/worker-heartbeat"
import type WorkerHeartbeatModuleService from "../../../modules/worker-heartbeat/service"

const MAX_LIMIT = 500

function limitFrom(value: unknown): number {
  if (value === undefined) return 50
  const limit = Number(value)
  if (typeof value !== "string" || !Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `limit must be a whole number from 1 to ${MAX_LIMIT}`)
  }
  return limit
}

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const limit = limitFrom(req.query.limit)
  const heartbeats: WorkerHeartbeatModuleService = req.scope.resolve(WORKER_HEARTBEAT_MODULE)
  const [beats, count] = await heartbeats.listAndCountWorkerHeartbeats(
    {},
    { select: ["id", "scheduled_for", "instance", "created_at"], order: { scheduled_for: "DESC" }, take: limit }
  )
  res.json({ heartbeats: beats, count })
}
