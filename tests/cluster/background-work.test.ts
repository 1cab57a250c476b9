/**
 * The worker owns the background work: a scheduled job runs once per tick however many
 * instances there are, and events raised while the worker is down wait in Redis and are
 * handled, once, when it is back: the order emails included.
 */
import assert from "node:assert/strict"
import { after, before, describe, it } from "node:test"
import {
  admin,
  adminToken,
  control,
  eventually,
  guestCheckout,
  productWithStock,
  StoreClient,
  usRegionId,
} from "../support/cluster-clients"
import { MailInbox } from "../support/mail-inbox"

/** The test cluster runs the heartbeat every 2 seconds (WORKER_HEARTBEAT_SCHEDULE). */
const TICK_MS = 2000

type Heartbeat = { id: string; scheduled_for: string; instance: string; created_at: string }
type FeedNotification = { id: string; resource_id: string | null; data: { handled_by?: string } | null }

describe("background work on the worker", { concurrency: false }, () => {
  let token = ""

  before(async () => {
    token = await adminToken()
  })

  it("runs a scheduled job once per tick, not once per instance", async () => {
    const since = Date.now()
    const beats = await eventually(
      60_000,
      async () => {
        const { heartbeats } = await admin<{ heartbeats: Heartbeat[] }>(token, "/admin/worker-heartbeats?limit=100")
        const recent = heartbeats.filter((beat) => Date.parse(beat.created_at) >= since)
        assert.ok(recent.length >= 5, `${recent.length} heartbeats so far`)
        return recent
      },
      1000
    )
    // One run per tick means runs a tick apart. A second scheduler (another instance running
    // jobs) would add runs within milliseconds of these.
    const times = beats.map((beat) => Date.parse(beat.scheduled_for)).sort((a, b) => a - b)
    for (let i = 1; i < times.length; i++) {
      const gap = times[i] - times[i - 1]
      assert.ok(gap >= TICK_MS / 4, `two runs ${gap} ms apart, at ${new Date(times[i]).toISOString()}: a tick ran twice`)
    }
    assert.deepEqual(new Set(beats.map((beat) => beat.instance)), new Set(["worker"]))
  })

  describe("while the worker restarts", () => {
    after(async () => {
      await control("worker", "start")
    })

    it("keeps the events raised while it is down and handles each once when it is back", async () => {
      const client = new StoreClient()
      const regionId = await usRegionId(client)
      const { variantId } = await productWithStock(10)
      const orderIds: string[] = []
      const buyers: string[] = []
      const handledFor = async (ids: string[]) => {
        const { notifications } = await admin<{ notifications: FeedNotification[] }>(
          token,
          "/admin/notifications?channel=feed&limit=500&fields=id,resource_id,data"
        )
        return notifications.filter((n) => n.resource_id && ids.includes(n.resource_id))
      }

      await control("worker", "stop")
      for (let i = 0; i < 3; i++) {
        const email = `restart-${Date.now()}-${i}@example.com`
        const { orderId } = await guestCheckout(client, { email, regionId, variantId, quantity: 1 })
        orderIds.push(orderId)
        buyers.push(email)
      }
      // The servers only queue the events; with the worker down nobody handles them.
      await new Promise((resolve) => setTimeout(resolve, 3000))
      assert.deepEqual(await handledFor(orderIds), [], "an event was handled while the worker was down")

      await control("worker", "start")
      await eventually(60_000, async () => assert.equal(new Set((await handledFor(orderIds)).map((n) => n.resource_id)).size, orderIds.length))
      await new Promise((resolve) => setTimeout(resolve, 3000))
      const handled = await handledFor(orderIds)
      assert.equal(handled.length, orderIds.length, "an event was handled more than once")
      assert.deepEqual(new Set(handled.map((n) => n.data?.handled_by)), new Set(["worker"]))
      const inbox = new MailInbox(process.env.MAIL_INBOX_URL ?? "")
      for (const buyer of buyers) {
        await inbox.waitForMessage(buyer, /^Your Stillpoint order #/, 30_000)
        assert.equal((await inbox.messagesTo(buyer)).length, 1, `${buyer} got more than one email`)
      }
    })
  })
})
