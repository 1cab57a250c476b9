import { model } from "@medusajs/framework/utils"

/** One run of the worker-heartbeat job: which tick it was scheduled for and which process ran it. */
const WorkerHeartbeat = model.define("worker_heartbeat", {
  id: model.id({ prefix: "wbeat" }).primaryKey(),
  scheduled_for: model.dateTime().index(),
  instance: model.text(),
})

export default WorkerHeartbeat
