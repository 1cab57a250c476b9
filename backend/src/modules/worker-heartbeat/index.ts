/**
 * Records each run of the worker-heartbeat job (src/jobs), so the shop owner can see when the
 * background worker last ran (GET /admin/worker-heartbeats) and a stalled worker shows.
 */
import { Module } from "@medusajs/framework/utils"
import WorkerHeartbeatModuleService from "./service"

export const WORKER_HEARTBEAT_MODULE = "workerHeartbeat"

export default Module(WORKER_HEARTBEAT_MODULE, { service: WorkerHeartbeatModuleService })
