/**
 * The backend is killed in the middle of checkouts (SIGKILL: no shutdown, nothing flushed)
 * and started again. A cart that was between steps is intact and completes; a completion
 * that was cut off is retried; each cart ends with exactly one order, for the cart's total.
 *
 * The suite's shared backend keeps serving the other tests: this file starts a backend
 * process of its own on the same test database, and kills that one.
 */
import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { after, before, describe, it } from "node:test"
import Medusa from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import pg from "pg"
import { addresses, publishableKey, regionByCurrency, variantBySku } from "../../../tests/support/shop-clients"
import { startBackend } from "../../../scripts/medusa-app"
import { findFreePort } from "../../../scripts/ports"
import { waitForHttp, type Service } from "../../../scripts/processes"

/** A backend process this file owns: started, killed and started again on one port. */
class OwnBackend {
  private service?: Service

  constructor(
    readonly url: string,
    private readonly env: NodeJS.ProcessEnv,
    private readonly appDir: string,
    private readonly logFile: string
  ) {}

  async start() {
    this.service = startBackend("source", this.env, { appDir: this.appDir, logFile: this.logFile })
    await waitForHttp(`${this.url}/health`, `The restart test's backend (log: ${this.logFile})`, this.service)
  }

  /** Whether the process is still running. */
  get alive() {
    const child = this.service?.child
    return Boolean(child && child.exitCode === null && child.signalCode === null)
  }

  async kill() {
    const service = this.service
    this.service = undefined
    if (!service) return
    service.child.kill("SIGKILL")
    await service.exited
  }
}

const CART_FIELDS =
  "id,email,total,item_total,shipping_total,completed_at,*items,*shipping_address,*shipping_methods,*payment_collection.payment_sessions"

type CheckoutState = ReturnType<typeof checkoutState>

/** What a shopper would notice if a crash had changed it. */
function checkoutState(cart: HttpTypes.StoreCart) {
  return {
    email: cart.email,
    items: (cart.items ?? [])
      .map((item) => ({ variant: item.variant_id, quantity: item.quantity, unitPrice: item.unit_price }))
      .sort((a, b) => String(a.variant).localeCompare(String(b.variant))),
    itemTotal: cart.item_total,
    shippingTotal: cart.shipping_total,
    total: cart.total,
    address: {
      name: `${cart.shipping_address?.first_name} ${cart.shipping_address?.last_name}`,
      street: cart.shipping_address?.address_1,
      postalCode: cart.shipping_address?.postal_code,
      country: cart.shipping_address?.country_code,
    },
    shippingMethods: cart.shipping_methods?.map((method) => method.name) ?? [],
    paymentProviders: cart.payment_collection?.payment_sessions?.map((session) => session.provider_id) ?? [],
  }
}

describe("checkout survives a backend crash", { concurrency: false }, () => {
  const envFile = process.env.TEST_BACKEND_ENV_FILE
  const databaseUrl = process.env.TEST_DATABASE_URL
  const db = new pg.Client({ connectionString: databaseUrl })
  let backend: OwnBackend
  let sdk: Medusa
  const killBackend = async () => {
    if (backend?.alive) await backend.kill()
  }
  // Should this file's process die, its backend must not outlive it (the kill is sent at once).
  const killOnExit = () => void killBackend()

  /** One cart stops between steps (address set, no shipping yet); the other is being completed. */
  const betweenSteps: { id: string; email: string; before?: CheckoutState } = { id: "", email: `restart-a-${Date.now()}@example.com` }
  const completing: { id: string; email: string; before?: CheckoutState } = { id: "", email: `restart-b-${Date.now()}@example.com` }

  before(async () => {
    assert.ok(envFile && databaseUrl, "TEST_BACKEND_ENV_FILE and TEST_DATABASE_URL are set by `npm test`")
    const runDir = dirname(envFile)
    const port = await findFreePort(0)
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...(JSON.parse(readFileSync(envFile, "utf8")) as Record<string, string>),
      PORT: String(port),
      MEDUSA_BACKEND_URL: `http://localhost:${port}`,
      // A second backend from the sources, for killing: the admin is the test shop's, not its.
      ADMIN_DISABLED: "true",
    }
    // Under the run's artifacts: the app folder must sit inside the repository to find node_modules.
    backend = new OwnBackend(`http://localhost:${port}`, env, join(runDir, "restart-backend-app"), join(runDir, "restart-backend.log"))
    process.once("exit", killOnExit)
    await db.connect()
    await backend.start()
    sdk = new Medusa({ baseUrl: backend.url, publishableKey: publishableKey() })

    const eu = await regionByCurrency(sdk, "eur")
    const prepare = async (target: typeof betweenSteps, items: Record<string, number>) => {
      let { cart } = await sdk.store.cart.create({ region_id: eu.id })
      for (const [sku, quantity] of Object.entries(items)) {
        const { variant } = await variantBySku(sdk, sku, eu.id)
        ;({ cart } = await sdk.store.cart.createLineItem(cart.id, { variant_id: variant.id, quantity }))
      }
      ;({ cart } = await sdk.store.cart.update(cart.id, { email: target.email, shipping_address: addresses.berlin, billing_address: addresses.berlin }))
      target.id = cart.id
      return cart
    }
    await prepare(betweenSteps, { "ACC-STR-CHA": 2, "ACC-SHW-OAT": 1 })
    betweenSteps.before = checkoutState((await sdk.store.cart.retrieve(betweenSteps.id, { fields: CART_FIELDS })).cart)

    const cart = await prepare(completing, { "ACC-STR-CHA": 1, "ACC-MAL-ROS": 1 })
    await chooseShippingAndPay(cart.id)
    completing.before = checkoutState((await sdk.store.cart.retrieve(completing.id, { fields: CART_FIELDS })).cart)
  })

  after(async () => {
    await killBackend()
    process.removeListener("exit", killOnExit)
    await db.end().catch(() => {})
  })

  async function chooseShippingAndPay(cartId: string) {
    const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cartId })
    const standard = shipping_options.find((option) => option.name === "Standard shipping")
    assert.ok(standard, `no standard shipping for cart ${cartId}`)
    const { cart } = await sdk.store.cart.addShippingMethod(cartId, { option_id: standard.id })
    await sdk.store.payment.initiatePaymentSession(cart, { provider_id: "pp_system_default" })
  }

  const complete = (cartId: string) =>
    fetch(`${backend.url}/store/carts/${cartId}/complete`, { method: "POST", headers: { "x-publishable-api-key": publishableKey() } })

  /** The orders a shop owner sees for this email, and the orders linked to the cart. */
  async function ordersOf(cartId: string, email: string) {
    const visible = await db.query<{ id: string }>(`select id from "order" where email = $1 and deleted_at is null`, [email])
    const linked = await db.query<{ order_id: string }>(`select order_id from order_cart where cart_id = $1 and deleted_at is null`, [cartId])
    return { visible: visible.rows.map((row) => row.id), linked: linked.rows.map((row) => row.order_id) }
  }

  /** Completes the cart twice (a shopper's double click or a client's retry): one order, for `total`. */
  async function completesOnce(cartId: string, email: string, total: number | undefined) {
    const first = await complete(cartId)
    const firstBody = (await first.json()) as { type?: string; order?: HttpTypes.StoreOrder; message?: string }
    assert.equal(first.status, 200, `completing answered ${first.status}: ${JSON.stringify(firstBody).slice(0, 400)}`)
    assert.equal(firstBody.type, "order", JSON.stringify(firstBody).slice(0, 400))
    const again = await complete(cartId)
    const againBody = (await again.json()) as { type?: string; order?: HttpTypes.StoreOrder }
    assert.equal(again.status, 200)
    assert.equal(againBody.order?.id, firstBody.order?.id, "completing again made a different order")

    const orders = await ordersOf(cartId, email)
    assert.deepEqual(orders.visible, [firstBody.order?.id], `expected one order for ${email}, found ${orders.visible.length}: ${orders.visible}`)
    assert.deepEqual(orders.linked, [firstBody.order?.id], "the cart is not linked to exactly its one order")
    assert.equal(firstBody.order?.total, total, "the order's total is not the cart's")
  }

  it("kill -9 while a cart is being completed: the request is cut off, the backend starts again", async () => {
    const request = complete(completing.id).then(
      (response) => `answered ${response.status}`,
      () => ""
    )
    // The dangerous moment: the order row exists, its link to the cart does not yet.
    const started = Date.now()
    while (Date.now() - started < 60_000) {
      const { rowCount } = await db.query(`select 1 from "order" where email = $1`, [completing.email])
      if (rowCount) break
    }
    await backend.kill()
    const answer = await request
    await backend.start()
    assert.equal(answer, "", `the backend ${answer} before it was killed: nothing was interrupted`)
  })

  it("the cart that was between checkout steps is intact, and completes once", async () => {
    const { cart } = await sdk.store.cart.retrieve(betweenSteps.id, { fields: CART_FIELDS })
    assert.deepEqual(checkoutState(cart), betweenSteps.before)
    await chooseShippingAndPay(betweenSteps.id)
    const { cart: ready } = await sdk.store.cart.retrieve(betweenSteps.id, { fields: CART_FIELDS })
    assert.ok((ready.shipping_total ?? 0) > 0, "standard shipping under the free-shipping line costs something")
    await completesOnce(betweenSteps.id, betweenSteps.email, ready.total)
  })

  it("the cart whose completion was cut off is intact, and the retry gives one order for its total", async () => {
    const { cart } = await sdk.store.cart.retrieve(completing.id, { fields: CART_FIELDS })
    assert.deepEqual(checkoutState(cart), completing.before)
    await completesOnce(completing.id, completing.email, completing.before?.total)
  })
})
