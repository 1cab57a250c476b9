/**
 * Orders that began in the journal: a line added from a post's product card, or on the product
 * page its link opened, remembers the post (shared/src/journal-attribution.ts); the claim is kept
 * only when the post is published and links the product; the order keeps it; the admin's
 * Journal figures add up to a hand count of the orders, per currency.
 */
import assert from "node:assert/strict"
import { describe, it } from "node:test"
import type Medusa from "@medusajs/js-sdk"
import { addresses, adminClient, regionByCurrency, storeClient, variantBySku } from "../../../tests/support/shop-clients"

type Line = { id: string; variant_id?: string | null; metadata?: Record<string, unknown> | null; quantity: number }
type Sales = { orders: number; units: number; revenue: { currency_code: string; amount: number }[]; add_to_carts: number }
type Report = { posts: { slug: string; sales: Sales; products: { handle: string; sales: Sales }[] }[] }

const card = (post: string) => ({ journal_post: post, journal_placement: "card" })
const link = (post: string) => ({ journal_post: post, journal_placement: "link" })
/** The line's journal attribution as stored, or {} when it has none. */
const journalOf = (line: Line | undefined) =>
  line?.metadata && "journal_post" in line.metadata ? { post: line.metadata.journal_post, placement: line.metadata.journal_placement } : {}
const cents = (amount: number) => Math.round(amount * 100)

async function cartIn(sdk: Medusa, currency: "usd" | "eur") {
  const region = await regionByCurrency(sdk, currency)
  const { cart } = await sdk.store.cart.create({ region_id: region.id })
  return { cartId: cart.id, region }
}

async function addLine(sdk: Medusa, cartId: string, regionId: string, sku: string, quantity: number, metadata?: Record<string, string>) {
  const { variant } = await variantBySku(sdk, sku, regionId)
  const { cart } = await sdk.store.cart.createLineItem(cartId, { variant_id: variant.id, quantity, ...(metadata ? { metadata } : {}) })
  const lines = (cart.items ?? []) as Line[]
  return lines.find((line) => line.variant_id === variant.id)
}

async function complete(sdk: Medusa, cartId: string, address: (typeof addresses)[keyof typeof addresses]) {
  let { cart } = await sdk.store.cart.update(cartId, { email: `journal+${Date.now()}@example.com`, shipping_address: address, billing_address: address })
  const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cart.id })
  const standard = shipping_options.find((option) => option.name === "Standard shipping")
  assert.ok(standard, "no standard shipping")
  ;({ cart } = await sdk.store.cart.addShippingMethod(cart.id, { option_id: standard.id }))
  await sdk.store.payment.initiatePaymentSession(cart, { provider_id: "pp_system_default" })
  const completed = await sdk.store.cart.complete(cart.id)
  if (completed.type !== "order") throw new Error(`Cart did not complete: ${JSON.stringify(completed.error)}`)
  return completed.order
}

const today = () => new Date().toISOString().slice(0, 10)

async function report(admin: Medusa): Promise<Report> {
  return admin.client.fetch<Report>("/admin/journal/posts", { query: { from: today(), to: today() } })
}

function salesOf(r: Report, post: string, product?: string): Sales {
  const row = r.posts.find((candidate) => candidate.slug === post)
  assert.ok(row, `the report has no post ${post}`)
  if (!product) return row.sales
  const linked = row.products.find((candidate) => candidate.handle === product)
  assert.ok(linked, `${post} does not list ${product}`)
  return linked.sales
}

const revenueIn = (sales: Sales, currency: string) => sales.revenue.find((r) => r.currency_code === currency)?.amount ?? 0

describe("journal attribution", () => {
  const sdk = storeClient()

  it("keeps a post on a line added from its card or its link, and not on a line added in the shop", async () => {
    const { cartId, region } = await cartIn(sdk, "usd")
    assert.deepEqual(journalOf(await addLine(sdk, cartId, region.id, "ZAF-RND-BUC-IND", 1, card("zafu-or-bench"))), { post: "zafu-or-bench", placement: "card" })
    assert.deepEqual(journalOf(await addLine(sdk, cartId, region.id, "ACC-MAL-SAN", 1, link("home-practice-corner"))), { post: "home-practice-corner", placement: "link" })
    assert.deepEqual(journalOf(await addLine(sdk, cartId, region.id, "ACC-STR-IND", 1)), {})
  })

  it("ignores a claim the journal does not back: an unknown post, a draft, a post that does not link the product, a made-up placement", async () => {
    const { cartId, region } = await cartIn(sdk, "eur")
    // The strap is linked by the retreat post only; the shawl by a draft (winter-sitting-notes) among others.
    assert.deepEqual(journalOf(await addLine(sdk, cartId, region.id, "ACC-STR-IND", 1, card("no-such-post"))), {})
    assert.deepEqual(journalOf(await addLine(sdk, cartId, region.id, "ZAF-RND-BUC-IND", 1, card("travelling-to-a-retreat"))), {})
    const { variant: shawl } = await variantBySku(sdk, "ACC-SHW-OAT", region.id)
    const { cart } = await sdk.store.cart.createLineItem(cartId, { variant_id: shawl.id, quantity: 1, metadata: { ...card("winter-sitting-notes"), gift_note: "kept" } })
    const shawlLine = (cart.items as Line[]).find((line) => line.variant_id === shawl.id)
    assert.deepEqual(shawlLine?.metadata, { gift_note: "kept" }, "the draft's claim is dropped, the rest of the metadata kept")
    assert.deepEqual(journalOf(await addLine(sdk, cartId, region.id, "ACC-MAL-SAN", 1, { journal_post: "home-practice-corner", journal_placement: "banner" })), {})

    // Through the line's update too; the line keeps what it had.
    const { cart: updated } = await sdk.store.cart.updateLineItem(cartId, shawlLine!.id, { quantity: 2, metadata: card("zafu-or-bench") })
    assert.deepEqual((updated.items as Line[]).find((line) => line.id === shawlLine!.id)?.metadata, { gift_note: "kept" })
  })

  it("last post wins on a line, and the post survives a region change and signing in", async () => {
    const { cartId, region } = await cartIn(sdk, "usd")
    const first = await addLine(sdk, cartId, region.id, "ZAF-RND-BUC-IND", 1, card("zafu-or-bench"))
    assert.ok(first)
    // The storefront adds the same variant again by updating its line (one line per variant).
    let { cart } = await sdk.store.cart.updateLineItem(cartId, first.id, { quantity: 2, metadata: link("first-week-of-sitting") })
    assert.equal(cart.items?.length, 1)
    assert.deepEqual(journalOf(cart.items?.[0] as Line), { post: "first-week-of-sitting", placement: "link" })
    // A claim that does not hold leaves the line's true post in place.
    ;({ cart } = await sdk.store.cart.updateLineItem(cartId, first.id, { quantity: 3, metadata: card("no-such-post") }))
    assert.equal(cart.items?.[0]?.quantity, 3)
    assert.deepEqual(journalOf(cart.items?.[0] as Line), { post: "first-week-of-sitting", placement: "link" })

    const eu = await regionByCurrency(sdk, "eur")
    ;({ cart } = await sdk.store.cart.update(cartId, { region_id: eu.id }))
    assert.equal(cart.currency_code, "eur")
    assert.deepEqual(journalOf(cart.items?.[0] as Line), { post: "first-week-of-sitting", placement: "link" })

    const email = `journal-login+${Date.now()}@example.com`
    const customer = storeClient()
    const token = await customer.auth.register("customer", "emailpass", { email, password: "quiet-river-42" })
    await customer.store.customer.create({ email, first_name: "Ines", last_name: "Okafor" }, {}, { authorization: `Bearer ${token}` })
    await customer.auth.login("customer", "emailpass", { email, password: "quiet-river-42" })
    ;({ cart } = await customer.store.cart.transferCart(cartId))
    assert.ok(cart.customer_id, "the cart is the customer's")
    assert.deepEqual(journalOf(cart.items?.[0] as Line), { post: "first-week-of-sitting", placement: "link" })
  })

  it("the order keeps the post, and the Journal's figures match a hand count in two currencies", async () => {
    const admin = await adminClient()
    const before = await report(admin)

    // A: USD, two zafus from the zafu-or-bench card. B: EUR, one zafu from its link and a mala from the shop.
    // C: EUR, a mala from the home-practice-corner link.
    const a = await cartIn(sdk, "usd")
    await addLine(sdk, a.cartId, a.region.id, "ZAF-RND-BUC-IND", 2, card("zafu-or-bench"))
    const orderA = await complete(sdk, a.cartId, addresses.newYork)
    const b = await cartIn(sdk, "eur")
    await addLine(sdk, b.cartId, b.region.id, "ZAF-RND-BUC-IND", 1, link("zafu-or-bench"))
    await addLine(sdk, b.cartId, b.region.id, "ACC-MAL-SAN", 1)
    const orderB = await complete(sdk, b.cartId, addresses.berlin)
    const c = await cartIn(sdk, "eur")
    await addLine(sdk, c.cartId, c.region.id, "ACC-MAL-SAN", 1, link("home-practice-corner"))
    const orderC = await complete(sdk, c.cartId, addresses.berlin)

    // The orders' own lines, as the owner's order page reads them.
    const lines = async (id: string) =>
      (await admin.admin.order.retrieve(id, { fields: "+items.total,+items.tax_total,+items.metadata,+items.product_handle" })).order.items as unknown as (Line & { product_handle: string; total: number; tax_total: number })[]
    const [linesA, linesB, linesC] = await Promise.all([lines(orderA.id), lines(orderB.id), lines(orderC.id)])
    assert.deepEqual(journalOf(linesA[0]), { post: "zafu-or-bench", placement: "card" })
    const zafuB = linesB.find((line) => line.product_handle === "classic-round-zafu")
    assert.deepEqual(journalOf(zafuB), { post: "zafu-or-bench", placement: "link" })
    assert.deepEqual(journalOf(linesB.find((line) => line.product_handle === "wooden-mala")), {}, "the mala added in the shop is not attributed")

    const { lines: attributed } = await admin.client.fetch<{ lines: { product_title: string; post: { slug: string; title: string }; placement: string }[] }>(`/admin/journal/orders/${orderB.id}`)
    assert.deepEqual(attributed.map((line) => [line.product_title, line.post.title, line.placement]), [
      ["Classic Round Zafu", "Zafu or bench? How to choose your first meditation seat", "link"],
    ])

    // Hand count: each attributed line's total after discounts, without tax, in cents.
    const net = (line: { total: number; tax_total: number }) => cents(line.total - line.tax_total)
    const after = await report(admin)
    const delta = (post: string, product?: string) => {
      const [was, now] = [salesOf(before, post, product), salesOf(after, post, product)]
      return {
        orders: now.orders - was.orders,
        units: now.units - was.units,
        usd: cents(revenueIn(now, "usd")) - cents(revenueIn(was, "usd")),
        eur: cents(revenueIn(now, "eur")) - cents(revenueIn(was, "eur")),
        add_to_carts: now.add_to_carts - was.add_to_carts,
      }
    }
    const zafuFigures = { orders: 2, units: 3, usd: net(linesA[0]), eur: net(zafuB!), add_to_carts: 2 }
    assert.ok(zafuFigures.usd > 0 && zafuFigures.eur > 0, `the lines' own totals: ${JSON.stringify([linesA[0], zafuB])}`)
    assert.deepEqual(delta("zafu-or-bench"), zafuFigures)
    assert.deepEqual(delta("zafu-or-bench", "classic-round-zafu"), zafuFigures)
    assert.deepEqual(delta("home-practice-corner"), { orders: 1, units: 1, usd: 0, eur: net(linesC[0]), add_to_carts: 1 })
    assert.deepEqual(delta("home-practice-corner", "wooden-mala"), { orders: 1, units: 1, usd: 0, eur: net(linesC[0]), add_to_carts: 1 })

    // The product's widget lists the posts that link it, with the same figures.
    const { product } = await variantBySku(sdk, "ZAF-RND-BUC-IND", a.region.id)
    const { posts } = await admin.client.fetch<{ posts: { slug: string; sales: Sales }[] }>(`/admin/journal/products/${product.id}`, { query: { from: today(), to: today() } })
    assert.ok(posts.some((post) => post.slug === "zafu-or-bench"))
    assert.ok(posts.every((post) => post.slug !== "home-practice-corner"), "a post that does not link the zafu is not listed")
  })

  it("answers a bad period with a 400 and a reason", async () => {
    const admin = await adminClient()
    await assert.rejects(admin.client.fetch("/admin/journal/posts", { query: { from: "yesterday" } }), /YYYY-MM-DD/)
    await assert.rejects(admin.client.fetch("/admin/journal/posts", { query: { from: "2026-12-02", to: "2026-12-01" } }), /from must not be after to/)
  })
})
