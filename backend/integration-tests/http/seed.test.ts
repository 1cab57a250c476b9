import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { describe, it } from "node:test"
import pg from "pg"
import { seed } from "../../../scripts/medusa-app"
import { regionByCurrency, storeClient, variantBySku } from "../../../tests/support/shop-clients"

const COUNTED = ["product", "product_variant", "product_category", "region", "tax_region", "shipping_option", "inventory_level", "promotion", "api_key", "sales_channel", "stock_location", '"user"', "image", "product_variant_product_image"]

async function countRows(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const counts: Record<string, number> = {}
    for (const table of COUNTED) {
      const { rows } = await client.query(`select count(*)::int as n from ${table} where deleted_at is null`)
      counts[table] = rows[0].n
    }
    return counts
  } finally {
    await client.end()
  }
}

describe("the seed", () => {
  it("is idempotent: a second run creates nothing and says so", async () => {
    const env = { ...process.env, ...JSON.parse(readFileSync(process.env.TEST_BACKEND_ENV_FILE!, "utf8")) }
    const before = await countRows(env.DATABASE_URL)
    assert.ok(before.product >= 20)
    const lines: string[] = []
    const keyBefore = readFileSync(env.PUBLISHABLE_KEY_FILE, "utf8")
    const key = await seed(env, (line) => lines.push(line))
    assert.deepEqual(await countRows(env.DATABASE_URL), before)
    assert.ok(lines.some((l) => l.includes("nothing to change")), lines.join("\n"))
    assert.equal(key, keyBefore.trim(), "the publishable key handed to the storefront changed")
  })

  it("gives each colour's variants that colour's pictures, so a cart line shows the colour chosen", async () => {
    const sdk = storeClient()
    const us = await regionByCurrency(sdk, "usd")
    const { variant } = await variantBySku(sdk, "ZAF-RND-KAP-SAG", us.id)
    const { cart } = await sdk.store.cart.create({ region_id: us.id })
    const { cart: filled } = await sdk.store.cart.createLineItem(cart.id, { variant_id: variant.id, quantity: 1 }, { fields: "items.thumbnail" })
    assert.match(filled.items?.[0]?.thumbnail ?? "", /classic-round-zafu-sage-front/)
    const { products } = await sdk.store.product.list({ handle: "classic-round-zafu", fields: "variants.sku,variants.thumbnail" })
    // The Kapok/Sage variant's own pictures (Medusa's variant images) are the sage ones.
    const env = JSON.parse(readFileSync(process.env.TEST_BACKEND_ENV_FILE!, "utf8"))
    const client = new pg.Client({ connectionString: env.DATABASE_URL })
    await client.connect()
    const { rows } = await client
      .query(
        `select i.url from product_variant_product_image pvi join image i on i.id = pvi.image_id
         join product_variant v on v.id = pvi.variant_id where v.sku = $1 and pvi.deleted_at is null`,
        ["ZAF-RND-KAP-SAG"]
      )
      .finally(() => client.end())
    assert.deepEqual(rows.map((r) => /classic-round-zafu-(\w+)-(front|above)/.exec(r.url)?.slice(1).join("-")), ["sage-front"])
    const colourBySkuEnd: Record<string, string> = { IND: "indigo", SAF: "saffron", SAG: "sage", CHA: "charcoal" }
    for (const { sku, thumbnail } of products[0].variants ?? []) {
      const colour = colourBySkuEnd[String(sku).slice(-3)]
      assert.match(thumbnail ?? "", new RegExp(`classic-round-zafu-${colour}-front`), String(sku))
    }
  })
})
