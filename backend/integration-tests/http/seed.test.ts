import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { describe, it } from "node:test"
import pg from "pg"
import { seed } from "../../scripts/medusa-app"

const COUNTED = ["product", "product_variant", "product_category", "region", "tax_region", "shipping_option", "inventory_level", "promotion", "api_key", "sales_channel", "stock_location", '"user"', "image"]

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
})
