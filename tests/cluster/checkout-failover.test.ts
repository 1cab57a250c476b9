/**
 * 30 guest checkouts through the backend balancer, spread over both servers, with one server
 * killed (SIGKILL) halfway: every checkout still becomes exactly one order, stock is taken
 * exactly once, requests sent after the kill all succeed on the other server, and the order
 * events are handled by the worker, once each (at most once for an order the kill cut off).
 */
import assert from "node:assert/strict"
import { after, before, describe, it } from "node:test"
import {
  admin,
  adminToken,
  control,
  eventually,
  guestCheckout,
  instancesWithRole,
  productWithStock,
  StoreClient,
  usRegionId,
  type CheckoutResult,
  type RequestRecord,
} from "../support/cluster-clients"

const CHECKOUTS = 30
const SHOPPERS_AT_ONCE = 5
const STOCK = 200
/** The kill comes once this many orders are placed, with a cart made on the victim still open. */
const KILL_AFTER_ORDERS = 10

type FeedNotification = { id: string; resource_id: string | null; data: { handled_by?: string } | null }

describe("checkout across two servers while one is killed", { concurrency: false }, () => {
  const [victim, survivor] = instancesWithRole("server")
  const runId = Date.now()
  const quantities = Array.from({ length: CHECKOUTS }, (_, i) => (i % 3) + 1)
  const records: RequestRecord[] = []
  const results: (CheckoutResult & { label: string })[] = []
  let token = ""
  let inventoryItemId = ""
  let killedAt = 0
  /** Shoppers who had a request on the killed server when it died (it failed, and was resent). */
  const interruptedShoppers = () =>
    new Set(records.filter((r) => r.startedAt < killedAt && (r.status === 0 || r.status >= 500)).map((r) => r.label))

  before(async () => {
    assert.ok(victim && survivor, "the cluster should have two backend servers")
    token = await adminToken()
    const product = await productWithStock(STOCK)
    inventoryItemId = product.inventoryItemId
    const regionId = await usRegionId(new StoreClient())

    // Holds up to two checkouts whose cart the victim created until the victim is dead, so
    // some carts made on it are certainly completed on the survivor.
    let held = 0
    let kill: Promise<void> | undefined
    let releaseHeld = () => {}
    const killed = new Promise<void>((resolve) => (releaseHeld = resolve))
    const killWhenDue = () => {
      if (kill || held === 0 || results.length < KILL_AFTER_ORDERS) return
      kill = control(victim.name, "kill").then(() => {
        killedAt = Date.now()
        releaseHeld()
      })
    }

    let next = 0
    await Promise.all(
      Array.from({ length: SHOPPERS_AT_ONCE }, async () => {
        while (next < CHECKOUTS) {
          const i = next++
          const result = await guestCheckout(
            new StoreClient(records, `shopper-${i}`),
            { email: `cluster-${runId}-${i}@example.com`, regionId, variantId: product.variantId, quantity: quantities[i] },
            {
              beforeComplete: async (cart) => {
                if (kill || cart.createdBy !== victim.name || held >= 2) return
                held++
                killWhenDue()
                await killed
              },
            }
          )
          results.push({ ...result, label: `shopper-${i}` })
          killWhenDue()
        }
      })
    )
    await kill
  })

  after(async () => {
    await control(victim.name, "start")
  })

  it("places 30 orders, each exactly once, with the quantities ordered", async () => {
    assert.equal(results.length, CHECKOUTS)
    assert.equal(new Set(results.map((r) => r.orderId)).size, CHECKOUTS, "two checkouts share an order")
    const { orders } = await admin<{ orders: { id: string; email: string; items: { quantity: number }[] }[] }>(
      token,
      `/admin/orders?q=cluster-${runId}-&limit=100&fields=id,email,*items`
    )
    const ours = orders.filter((o) => o.email.startsWith(`cluster-${runId}-`))
    assert.equal(ours.length, CHECKOUTS, `expected ${CHECKOUTS} orders, found ${ours.length}`)
    for (let i = 0; i < CHECKOUTS; i++) {
      const forShopper = ours.filter((o) => o.email === `cluster-${runId}-${i}@example.com`)
      assert.equal(forShopper.length, 1, `shopper ${i} has ${forShopper.length} orders`)
      assert.equal(forShopper[0].items.reduce((sum, item) => sum + item.quantity, 0), quantities[i], `shopper ${i}'s quantity`)
    }
  })

  it("takes exactly the ordered quantity from stock", async () => {
    const ordered = quantities.reduce((sum, q) => sum + q, 0)
    const { inventory_item } = await admin<{
      inventory_item: { location_levels: { stocked_quantity: number; reserved_quantity: number; available_quantity: number }[] }
    }>(token, `/admin/inventory-items/${inventoryItemId}?fields=id,*location_levels`)
    const [level] = inventory_item.location_levels
    assert.equal(level.stocked_quantity, STOCK)
    assert.equal(level.reserved_quantity, ordered, "reserved stock differs from what was ordered")
    assert.equal(level.available_quantity, STOCK - ordered)
  })

  it("spread the checkouts over both servers before the kill", () => {
    assert.ok(killedAt > 0, "the server was never killed")
    const before = new Set(records.filter((r) => r.finishedAt < killedAt).map((r) => r.upstream))
    assert.ok(before.has(victim.name) && before.has(survivor.name), `answered by ${[...before].join(", ")}`)
  })

  it("answers every request sent after the kill, from the surviving server", () => {
    const afterKill = records.filter((r) => r.startedAt >= killedAt)
    assert.ok(afterKill.length > 0, "no request was sent after the kill")
    assert.deepEqual(new Set(afterKill.map((r) => r.upstream)), new Set([survivor.name]))
    // A request the killed server was answering may have held a lock (Medusa's locking module,
    // in Redis) when it died: its cart's (2 minutes for a cart completion), and, mid-completion,
    // the stock lock of the product every shopper here buys, which Medusa's reserve-inventory
    // step takes with the Redis provider's default expiry of 60 s. Until it expires, completions
    // are answered 409 with the "try again" message and the shopper retries (the next test
    // checks each checkout still became exactly one order). Every other request succeeds at once.
    const failed = afterKill.filter((r) => r.status < 200 || r.status >= 300)
    const DEAD_STOCK_LOCK_MS = 60_000
    const waitedForDeadLock = (r: RequestRecord) =>
      r.status === 409 &&
      (interruptedShoppers().has(r.label) || (r.path.endsWith("/complete") && r.startedAt - killedAt < DEAD_STOCK_LOCK_MS))
    assert.deepEqual(failed.filter((r) => !waitedForDeadLock(r)), [], "requests failed after the kill")
    console.log(
      `  ${records.length} requests; ${interruptedShoppers().size} shopper(s) had a request cut off by the kill, checked and resent;` +
        ` ${failed.length} answer(s) waited for a lock the killed server held`
    )
  })

  it("completes carts created on the killed server on the surviving one", () => {
    const moved = results.filter((r) => r.cartCreatedBy === victim.name && r.completedAt > killedAt)
    assert.ok(moved.length > 0, "no cart made on the killed server was completed after the kill")
    for (const result of moved) assert.equal(result.completedBy, survivor.name)
  })

  it("handles each order.placed once, on the worker", async () => {
    const feed = async () => {
      const { notifications } = await admin<{ notifications: FeedNotification[] }>(
        token,
        "/admin/notifications?channel=feed&limit=500&fields=id,resource_id,data"
      )
      return notifications.filter((n) => results.some((r) => r.orderId === n.resource_id))
    }
    // Medusa publishes an order's events once its workflow has committed: a server killed in
    // between leaves an order whose order.placed was never raised (see README). So the orders
    // whose placement the kill cut off are handled at most once; every other exactly once.
    const cutOff = new Set(results.filter((r) => interruptedShoppers().has(r.label)).map((r) => r.orderId))
    const expected = results.filter((r) => !cutOff.has(r.orderId)).map((r) => r.orderId)
    await eventually(60_000, async () => {
      const handled = new Set((await feed()).map((n) => n.resource_id))
      assert.deepEqual(expected.filter((id) => !handled.has(id)), [], "orders not handled yet")
    })
    // A second delivery would come right behind the first: give it time to show.
    await new Promise((resolve) => setTimeout(resolve, 3000))
    const handled = await feed()
    for (const result of results) {
      const runs = handled.filter((n) => n.resource_id === result.orderId).length
      if (cutOff.has(result.orderId)) assert.ok(runs <= 1, `order ${result.orderId} was handled ${runs} times`)
      else assert.equal(runs, 1, `order ${result.orderId} was handled ${runs} times`)
    }
    assert.deepEqual(new Set(handled.map((n) => n.data?.handled_by)), new Set(["worker"]))
    const unannounced = [...cutOff].filter((id) => !handled.some((n) => n.resource_id === id))
    if (unannounced.length) console.log(`  ${unannounced.length} order(s) placed as the server died never had order.placed raised`)
  })
})
