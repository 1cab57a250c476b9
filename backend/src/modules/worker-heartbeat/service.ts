import { MedusaService } from "@medusajs/framework/utils"
import WorkerHeartbeat from "./models/worker-heartbeat"

export default class WorkerHeartbeatModuleService extends MedusaService({ WorkerHeartbeat }) {}
