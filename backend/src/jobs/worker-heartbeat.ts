/**
 * A heartbeat from whichever process runs scheduled jobs (the worker when servers and worker
 * are split, see MEDUSA_WORKER_MODE): one row per tick, kept a week. With several instances
 * on Redis, Medusa's workflow engine runs it once per tick, not once per instance.
 */
import { hostname } from "node:os"
import type { MedusaContainer } from "@medusajs/framework/types"
import { WORKER_HEARTBEAT_MODULE } from "../modules/worker-heartbeat"
import type WorkerHeartbeatModuleService from "../modules/worker-heartbeat/service"

const KEEP_MS = 7 * 24 * 60 * 60 * 1000

export default async function workerHeartbeat(container: MedusaContainer, context?: { scheduledFor: Date }) {
  const heartbeats: WorkerHeartbeatModuleService = container.resolve(WORKER_HEARTBEAT_MODULE)
  await heartbeats.createWorkerHeartbeats({
    scheduled_for: context?.scheduledFor ?? new Date(),
    instance: process.env.SHOP_INSTANCE || `${hostname()}:${process.pid}`,
  })
  const old = await heartbeats.listWorkerHeartbeats({ scheduled_for: { $lt: new Date(Date.now() - KEEP_MS) } }, { select: ["id"], take: 1000 })
  if (old.length) await heartbeats.deleteWorkerHeartbeats(old.map((beat) => beat.id))
}

export const config = {
  name: "worker-heartbeat",
  // Every minute; the cluster tests tick every 2 seconds ("*/2 * * * * *").
  schedule: process.env.WORKER_HEARTBEAT_SCHEDULE || "* * * * *",
}
