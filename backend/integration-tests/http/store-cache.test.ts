/**
 * The Store API answers product reads from Medusa's Caching Module. A shop owner's change
 * must still show at once: each test reads first (so the answer is cached), changes the
 * product through the admin API, and reads again the way the storefront does: the
 * catalogue list, and one product by handle.
 */
import assert from "node:assert/strict"
import { after, before, describe, it } from "node:test"
import type Medusa from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import { PRODUCT_DETAIL_FIELDS, PRODUCT_SUMMARY_FIELDS } from "@stillpoint/shop-contracts"
import { adminClient, publishedProductWithStock, regionByCurrency, storeClient, type TestProduct } from "../../../tests/support/shop-clients"

const sdk = storeClient()

type Seen = { title: string; price: number | null | undefined; stock: number | null | undefined }

describe("store product reads after an owner's change", { concurrency: false }, () => {
  let admin: Medusa
  let regionId: string
  let product: TestProduct

  /** The product as the catalogue list shows it (newest first), or null when the list leaves it out. */
  async function inList(): Promise<Seen | null> {
    const { products } = await sdk.store.product.list({ region_id: regionId, fields: PRODUCT_SUMMARY_FIELDS, limit: 50, order: "-created_at" })
    const found = products.find((p) => p.id === product.productId)
    return found ? seen(found) : null
  }

  /** The product as its own page loads it (by handle), or null when it is not found. */
  async function byHandle(handle = product.handle): Promise<Seen | null> {
    const { products } = await sdk.store.product.list({ handle, region_id: regionId, fields: PRODUCT_DETAIL_FIELDS, limit: 1 })
    return products[0] ? seen(products[0]) : null
  }

  const seen = (p: HttpTypes.StoreProduct): Seen => ({
    title: p.title,
    price: p.variants?.[0]?.calculated_price?.calculated_amount,
    stock: p.variants?.[0]?.inventory_quantity,
  })

  /** Both reads, twice, so whatever the Store API caches is cached before the change. */
  async function readBoth() {
    await Promise.all([inList(), byHandle()])
    return { list: await inList(), page: await byHandle() }
  }

  before(async () => {
    admin = await adminClient()
    regionId = (await regionByCurrency(sdk, "usd")).id
    const handle = `cache-check-cushion-${Date.now()}`
    // Looked up before it exists, as a visitor following an early link would: that "not
    // found" must not outlive the product's creation.
    assert.equal(await byHandle(handle), null)
    product = await publishedProductWithStock(admin, { title: "Cache Check Cushion", handle, stock: 12, prices: { usd: 60, eur: 56 } })
  })

  // Other suites count the catalogue: the product leaves the shop again.
  after(async () => {
    if (product) await admin.admin.product.delete(product.productId)
  })

  it("a new product is listed and found by its handle, though its handle was looked up before", async () => {
    const { list, page } = await readBoth()
    assert.deepEqual(list, { title: "Cache Check Cushion", price: 60, stock: 12 })
    assert.deepEqual(page, list)
  })

  it("a new title shows in the list and on the product's page", async () => {
    await readBoth()
    await admin.admin.product.update(product.productId, { title: "Cache Check Cushion, Renamed" })
    const { list, page } = await readBoth()
    assert.equal(list?.title, "Cache Check Cushion, Renamed")
    assert.equal(page?.title, "Cache Check Cushion, Renamed")
  })

  it("a new price shows in the list and on the product's page", async () => {
    await readBoth()
    await admin.admin.product.updateVariant(product.productId, product.variantId, {
      prices: [
        { currency_code: "usd", amount: 72 },
        { currency_code: "eur", amount: 66 },
      ],
    })
    const { list, page } = await readBoth()
    assert.equal(list?.price, 72)
    assert.equal(page?.price, 72)
  })

  it("a stock count change shows in the list and on the product's page", async () => {
    await readBoth()
    await admin.admin.inventoryItem.updateLevel(product.inventoryItemId, product.locationId, { stocked_quantity: 3 })
    const { list, page } = await readBoth()
    assert.equal(list?.stock, 3)
    assert.equal(page?.stock, 3)
  })

  it("an unpublished product leaves the list and its page at once, and comes back when published again", async () => {
    await readBoth()
    await admin.admin.product.update(product.productId, { status: "draft" })
    const hidden = await readBoth()
    assert.equal(hidden.list, null)
    assert.equal(hidden.page, null)
    await admin.admin.product.update(product.productId, { status: "published" })
    const shown = await readBoth()
    assert.equal(shown.list?.title, "Cache Check Cushion, Renamed")
    assert.equal(shown.page?.title, "Cache Check Cushion, Renamed")
  })
})
