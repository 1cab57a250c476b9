/**
 * The emails the shop sends, read from the test shop's inbox (maildev): each sent once for its
 * event (a redelivered event included), to the right person, with the storefront's figures.
 */
import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { after, before, describe, it } from "node:test"
import type Medusa from "@medusajs/js-sdk"
import pg from "pg"
import { medusaExec } from "../../../scripts/medusa-app"
import { MailInbox, type InboxMessage } from "../../../tests/support/mail-inbox"
import { addresses, adminClient, backendUrl, cartReadyForPayment, placeOrder, rawStore, storeClient } from "../../../tests/support/shop-clients"

const inbox = new MailInbox(process.env.MAIL_INBOX_URL ?? "")
const backendEnv = (): Record<string, string> => JSON.parse(readFileSync(process.env.TEST_BACKEND_ENV_FILE!, "utf8"))
const uniqueEmail = (who: string) => `${who}+${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`
const money = (amount: number, currency: "usd" | "eur") =>
  new Intl.NumberFormat(currency === "usd" ? "en-US" : "en-IE", { style: "currency", currency: currency.toUpperCase() }).format(amount)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Both parts of a message hold each of `expected` (the HTML as a reader sees it: React's empty comments and &amp; aside). */
function assertInBothParts(message: InboxMessage, expected: string[]) {
  assert.ok(message.html.length > 0 && message.text.length > 0, "an HTML and a plain-text part")
  for (const part of [message.text, message.html.replace(/<!-- -->/g, "").replace(/&amp;/g, "&")]) {
    for (const wanted of expected) assert.ok(part.includes(wanted), `"${wanted}" is missing from:\n${part.slice(0, 3000)}`)
  }
}

/** How many messages to `to` match `subject`, once a late duplicate would have arrived too. */
async function countAfterQuiet(to: string, subject: RegExp) {
  await sleep(1500)
  return (await inbox.messagesTo(to)).filter((message) => subject.test(message.subject)).length
}

describe("emails", { concurrency: false }, () => {
  const db = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL })
  let admin: Medusa
  const notificationStatus = async (key: string): Promise<string | undefined> =>
    (await db.query<{ status: string }>("select status from notification where idempotency_key = $1", [key])).rows[0]?.status

  const us = { email: uniqueEmail("us-buyer"), orderId: "", displayId: 0, subject: /./ }
  const registered = { email: uniqueEmail("registered"), password: "a-long-enough-password-1", customerId: "" }
  let resetToken = ""

  before(async () => {
    assert.ok(process.env.MAIL_INBOX_URL, "MAIL_INBOX_URL is set by `npm test`")
    await db.connect()
    admin = await adminClient()
  })
  after(() => db.end())

  it("a US order: sales tax on top, bank transfer details, a link to the guest's order page", async () => {
    const { order } = await placeOrder(storeClient(), { currency: "usd", items: { "ZAF-RND-BUC-IND": 2 }, address: addresses.newYork, shipping: "Standard shipping", email: us.email })
    us.orderId = order.id
    us.displayId = order.display_id ?? 0
    us.subject = new RegExp(`^Your Stillpoint order #${us.displayId}$`)
    const { order: stored } = await admin.admin.order.retrieve(order.id, {
      fields: "id,item_subtotal,shipping_subtotal,discount_total,discount_tax_total,tax_total,total,*items",
    })
    const message = await inbox.waitForMessage(us.email, us.subject)
    assert.equal(message.subject, `Your Stillpoint order #${us.displayId}`)
    assert.deepEqual(message.to, [us.email])
    assertInBothParts(message, [
      "Classic Round Zafu",
      money(Number(stored.item_subtotal), "usd"),
      "Free",
      "Tax",
      money(Number(stored.tax_total), "usd"),
      money(Number(stored.total), "usd"),
      "Standard shipping",
      "200 W 20th St",
      "Pay by bank transfer",
      "122040391",
      `${backendEnv().STOREFRONT_URL}/us/order/${order.id}/confirmed`,
    ])
    assert.equal(money(Number(stored.tax_total), "usd"), "$7.12", "New York's 4% on 178 dollars")
    assert.ok(!message.text.includes("Included VAT"))
    const image = /<img[^>]+src="([^"]+)"/.exec(message.html)?.[1] ?? ""
    assert.ok(image.startsWith(`${backendUrl()}/static/`), `the line's image from the shop's own backend: ${image}`)
  })

  it("welcomes a customer who creates an account, and no guest", async () => {
    const sdk = storeClient()
    await sdk.auth.register("customer", "emailpass", { email: registered.email, password: registered.password })
    const { customer } = await sdk.store.customer.create({ email: registered.email, first_name: "Mira" })
    registered.customerId = customer.id
    const welcome = await inbox.waitForMessage(registered.email, /^Welcome to Stillpoint$/)
    assertInBothParts(welcome, ["Welcome, Mira", `${backendEnv().STOREFRONT_URL}/account`])
    // A customer the owner adds in the admin has no account either.
    const withoutAccount = uniqueEmail("added-by-owner")
    await admin.admin.customer.create({ email: withoutAccount, first_name: "Noor" })
    assert.equal(await countAfterQuiet(withoutAccount, /Welcome/), 0, "a customer without an account was welcomed")
    assert.equal(await countAfterQuiet(us.email, /Welcome/), 0, "the guest was welcomed")
  })

  it("an EU order with a promotion, by a customer with an account: VAT included, the discount, a link to the account's order page", async () => {
    const sdk = storeClient()
    await sdk.auth.login("customer", "emailpass", { email: registered.email, password: registered.password })
    const { cart } = await cartReadyForPayment(sdk, {
      currency: "eur",
      items: { "CVR-ZAF-SAG": 1, "ACC-MAL-SAN": 1 },
      address: addresses.berlin,
      shipping: "Standard shipping",
      email: registered.email,
    })
    const promoted = await rawStore(`/store/carts/${cart.id}/promotions`, { method: "POST", body: JSON.stringify({ promo_codes: ["WELCOME10"] }) })
    assert.equal(promoted.status, 200, promoted.text)
    await sdk.store.payment.initiatePaymentSession(cart, { provider_id: "pp_system_default" })
    const completed = await sdk.store.cart.complete(cart.id)
    assert.equal(completed.type, "order")
    const order = completed.type === "order" ? completed.order : undefined
    const { order: stored } = await admin.admin.order.retrieve(order!.id, {
      fields: "id,display_id,customer_id,original_item_total,discount_total,shipping_total,tax_total,total",
    })
    assert.equal(stored.customer_id, registered.customerId)
    assert.ok(Number(stored.discount_total) > 0, "WELCOME10 took 10% off")
    const message = await inbox.waitForMessage(registered.email, new RegExp(`order #${stored.display_id}$`))
    assertInBothParts(message, [
      money(Number(stored.original_item_total), "eur"),
      `−${money(Number(stored.discount_total), "eur")}`,
      money(Number(stored.shipping_total), "eur"),
      "Included VAT",
      money(Number(stored.tax_total), "eur"),
      money(Number(stored.total), "eur"),
      "DE82 4306 0967 2038 4751 00",
      "Kastanienallee 12",
      `${backendEnv().STOREFRONT_URL}/eu/account/orders/${stored.id}`,
    ])
    assert.equal(Number(stored.original_item_total), 62, "zafu cover 32 + mala 30, VAT included")
  })

  it("tells the buyer what shipped, with the tracking number and its link", async () => {
    const { order } = await admin.admin.order.retrieve(us.orderId, { fields: "id,*items" })
    const items = (order.items ?? []).map((item) => ({ id: item.id, quantity: Number(item.quantity) }))
    const { order: fulfilled } = await admin.admin.order.createFulfillment(us.orderId, { items }, { fields: "id,*fulfillments" })
    const fulfillment = fulfilled.fulfillments?.[0]
    assert.ok(fulfillment)
    await admin.admin.order.createShipment(us.orderId, fulfillment.id, {
      items,
      labels: [{ tracking_number: "1Z999AA10123456784", tracking_url: "https://tracking.example/1Z999AA10123456784", label_url: "https://labels.example/1" }],
    })
    const message = await inbox.waitForMessage(us.email, /is on its way$/)
    assertInBothParts(message, ["2 × Classic Round Zafu", "Standard shipping", "1Z999AA10123456784", "https://tracking.example/1Z999AA10123456784"])
  })

  it("tells the buyer about a refund: the amount, the reason and the note", async () => {
    const { order } = await admin.admin.order.retrieve(us.orderId, { fields: "id,*payment_collections.payments" })
    const payment = order.payment_collections?.[0]?.payments?.[0]
    assert.ok(payment)
    await admin.admin.payment.capture(payment.id, {})
    const { refund_reason } = await admin.admin.refundReason.create({ label: "Arrived damaged", code: `damaged-${Date.now()}` })
    await admin.admin.payment.refund(payment.id, { amount: 20, refund_reason_id: refund_reason.id, note: "One cover had a torn seam." })
    const message = await inbox.waitForMessage(us.email, /A refund for your Stillpoint order/)
    assertInBothParts(message, ["$20.00", `#${us.displayId}`, "Arrived damaged", "One cover had a torn seam."])
  })

  it("sends a customer a link to the storefront's reset page, whose token sets a new password", async () => {
    const response = await fetch(`${backendUrl()}/auth/customer/emailpass/reset-password`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ identifier: registered.email }),
    })
    assert.equal(response.status, 201)
    const message = await inbox.waitForMessage(registered.email, /^Reset your Stillpoint password$/)
    const link = /(https?:\/\/\S+\/account\/reset-password\?\S+)/.exec(message.text)?.[1] ?? ""
    const url = new URL(link)
    assert.equal(`${url.origin}${url.pathname}`, `${backendEnv().STOREFRONT_URL}/account/reset-password`)
    assert.equal(url.searchParams.get("email"), registered.email)
    resetToken = url.searchParams.get("token") ?? ""
    assert.ok(message.html.includes(link.replace(/&/g, "&amp;")), "the same link in the HTML part")

    const update = await fetch(`${backendUrl()}/auth/customer/emailpass/update`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${resetToken}` },
      body: JSON.stringify({ email: registered.email, password: "the-new-password-2" }),
    })
    assert.equal(update.status, 200, await update.text())
    await storeClient().auth.login("customer", "emailpass", { email: registered.email, password: "the-new-password-2" })
  })

  it("sends an admin user a link to the admin's own reset page", async () => {
    const ownerEmail = process.env.ADMIN_EMAIL!
    const response = await fetch(`${backendUrl()}/auth/user/emailpass/reset-password`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ identifier: ownerEmail }),
    })
    assert.equal(response.status, 201)
    const message = await inbox.waitForMessage(ownerEmail, /^Reset your Stillpoint admin password$/)
    const link = new URL(/(https?:\/\/\S+\/app\/reset-password\?\S+)/.exec(message.text)?.[1] ?? "")
    assert.equal(`${link.origin}${link.pathname}`, `${backendEnv().MEDUSA_BACKEND_URL}/app/reset-password`)
    assert.ok(link.searchParams.get("token"))
    assert.equal(link.searchParams.get("email"), ownerEmail)
  })

  it("sends nothing more when the events are delivered again", async () => {
    const [{ id: paymentId }] = (await db.query<{ id: string }>(
      "select p.id from payment p join order_payment_collection opc on opc.payment_collection_id = p.payment_collection_id where opc.order_id = $1",
      [us.orderId]
    )).rows
    const [{ id: fulfillmentId }] = (await db.query<{ id: string }>(
      "select fulfillment_id as id from order_fulfillment where order_id = $1",
      [us.orderId]
    )).rows
    const events = [
      { name: "order.placed", data: { id: us.orderId } },
      { name: "shipment.created", data: { id: fulfillmentId, no_notification: false } },
      { name: "payment.refunded", data: { id: paymentId } },
      { name: "customer.created", data: { id: registered.customerId } },
      { name: "auth.password_reset", data: { entity_id: registered.email, actor_type: "customer", token: resetToken } },
    ]
    await medusaExec("./integration-tests/redeliver-events.ts", [JSON.stringify(events)], { ...process.env, ...backendEnv() }, () => {})
    assert.equal(await countAfterQuiet(us.email, us.subject), 1, "order confirmation")
    assert.equal(await countAfterQuiet(us.email, /is on its way$/), 1, "shipment")
    assert.equal(await countAfterQuiet(us.email, /A refund/), 1, "refund")
    assert.equal(await countAfterQuiet(registered.email, /^Welcome/), 1, "welcome")
    assert.equal(await countAfterQuiet(registered.email, /^Reset your/), 1, "password reset")
  })

  it("with the SMTP server down the order is still placed, the email recorded as failed, and sent once the server is back", async () => {
    const maildev = Number(process.env.MAIL_INBOX_PID)
    assert.ok(maildev > 0, "MAIL_INBOX_PID is set by `npm test`")
    const email = uniqueEmail("while-down")
    // A paused maildev accepts connections but never greets: the backend's send times out.
    process.kill(maildev, "SIGSTOP")
    let orderId = ""
    try {
      const { order } = await placeOrder(storeClient(), { currency: "usd", items: { "ACC-STR-IND": 1 }, address: addresses.newYork, shipping: "Standard shipping", email })
      orderId = order.id
      const deadline = Date.now() + 20_000
      while ((await notificationStatus(`order-placed:${orderId}`)) !== "failure") {
        assert.ok(Date.now() < deadline, `the notification is ${await notificationStatus(`order-placed:${orderId}`)}, not failed`)
        await sleep(250)
      }
    } finally {
      process.kill(maildev, "SIGCONT")
    }
    const { order: placed } = await admin.admin.order.retrieve(orderId, { fields: "id,status" })
    assert.equal(placed.status, "pending")
    await inbox.waitForMessage(email, /^Your Stillpoint order #/, 20_000)
    assert.equal(await notificationStatus(`order-placed:${orderId}`), "success")
    await sleep(4000)
    assert.equal(await countAfterQuiet(email, /^Your Stillpoint order #/), 1, "the retry job sends it once")
  })
})
