import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { asValue } from "@medusajs/framework/awilix"
import { ContainerRegistrationKeys, createMedusaContainer, Modules } from "@medusajs/framework/utils"
import { recoverInterruptedCompletionWorkflow } from "./recover-interrupted-completion"

const CART_ID = "cart_1"
const marked = { id: CART_ID, email: "a@example.com", created_at: "2026-12-01T10:00:00Z", metadata: { cart_id: CART_ID }, order: null }
const leftover = { id: "order_left", metadata: { cart_id: CART_ID }, items: [{ id: "item_1" }, { id: "item_2" }] }
const unrelated = { id: "order_other", metadata: { cart_id: "cart_2" }, items: [{ id: "item_3" }] }

/** A container with stand-ins for the modules the workflow calls; `calls` records what it did. */
function shop(options: { cart: object | undefined; orders?: object[]; orderDeletionFails?: boolean }) {
  const calls: string[] = []
  const container = createMedusaContainer()
  container.register({
    [ContainerRegistrationKeys.LOGGER]: asValue({ info() {}, warn() {}, error() {}, debug() {} }),
    [ContainerRegistrationKeys.QUERY]: asValue({
      graph: async ({ entity }: { entity: string }) => ({ data: entity === "cart" ? (options.cart ? [options.cart] : []) : options.orders ?? [] }),
    }),
    [Modules.LOCKING]: asValue({
      acquire: async (keys: string | string[]) => void calls.push(`lock ${keys}`),
      release: async (keys: string | string[]) => {
        calls.push(`unlock ${keys}`)
        return true
      },
      execute: async (_keys: unknown, job: () => Promise<unknown>) => job(),
    }),
    [Modules.CART]: asValue({
      listCarts: async () => [options.cart],
      listAddresses: async () => [],
      updateCarts: async (data: { id: string; metadata: Record<string, unknown> }[]) => {
        calls.push(`mark ${data.map((cart) => `${cart.id}:${cart.metadata.cart_id}`)}`)
        return data
      },
    }),
    [Modules.INVENTORY]: asValue({
      listReservationItems: async () => [{ id: "res_1", inventory_item_id: "iitem_1" }],
      deleteReservationItemsByLineItem: async (ids: string[]) => void calls.push(`delete reservations ${ids}`),
      restoreReservationItemsByLineItem: async (ids: string[]) => void calls.push(`restore reservations ${ids}`),
    }),
    [Modules.ORDER]: asValue({
      softDeleteOrders: async (ids: string[]) => {
        if (options.orderDeletionFails) throw new Error("the database went away")
        calls.push(`delete orders ${ids}`)
      },
      restoreOrders: async (ids: string[]) => void calls.push(`restore orders ${ids}`),
    }),
  })
  const run = () => recoverInterruptedCompletionWorkflow(container).run({ input: { cart_id: CART_ID } })
  return { calls, run }
}

describe("recovering an interrupted cart completion", () => {
  it("marks a cart with its own id the first time, and looks no further", async () => {
    const { calls, run } = shop({ cart: { ...marked, metadata: { note: "kept" } } })
    const { result } = await run()
    assert.deepEqual(result.removed_order_ids, [])
    assert.deepEqual(calls, [`lock ${CART_ID}`, `mark ${CART_ID}:${CART_ID}`, `unlock ${CART_ID}`])
  })

  it("deletes the orders an interrupted completion of this cart left, with their reservations", async () => {
    const { calls, run } = shop({ cart: marked, orders: [leftover, unrelated] })
    const { result } = await run()
    assert.deepEqual(result.removed_order_ids, ["order_left"])
    assert.deepEqual(calls, [`lock ${CART_ID}`, "delete reservations item_1,item_2", "delete orders order_left", `unlock ${CART_ID}`])
  })

  it("leaves a completed cart alone", async () => {
    const { calls, run } = shop({ cart: { ...marked, order: { id: "order_linked" } }, orders: [leftover] })
    const { result } = await run()
    assert.deepEqual(result.removed_order_ids, [])
    assert.deepEqual(calls, [`lock ${CART_ID}`, `unlock ${CART_ID}`])
  })

  it("when deleting the orders fails, gives the reservations back and releases the cart", async () => {
    const { calls, run } = shop({ cart: marked, orders: [leftover], orderDeletionFails: true })
    // The workflow engine rejects with the failed step's error as a plain object.
    await assert.rejects(run(), { message: "the database went away" })
    assert.deepEqual(calls, [`lock ${CART_ID}`, "delete reservations item_1,item_2", "restore reservations item_1,item_2", `unlock ${CART_ID}`])
  })
})
