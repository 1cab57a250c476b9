/**
 * Made-up addresses (unknown products, categories, posts, tags, authors, journal pages and images)
 * are 404s that leave no trace on disk: the storefront's page cache (the build's server/app tree,
 * where Next writes ISR output) and its data cache (cache/fetch-cache) do not grow by a file or a byte.
 */
import { randomBytes } from "node:crypto"
import { existsSync, readdirSync, statSync } from "node:fs"
import { join, resolve } from "node:path"
import { adminClient } from "../support/shop-clients"
import { expect, test } from "./shop"

/** The build the test stack serves (tests/support/stack.ts): storefront/<TEST_NEXT_DIST_DIR or .next-test>. */
const DIST_DIR = resolve(__dirname, "../../storefront", process.env.TEST_NEXT_DIST_DIR || ".next-test")
const WATCHED = [join(DIST_DIR, "server", "app"), join(DIST_DIR, "cache", "fetch-cache")]

type Snapshot = { files: Map<string, number>; bytes: number }

function snapshot(): Snapshot {
  const files = new Map<string, number>()
  const walk = (dir: string) => {
    if (!existsSync(dir)) return
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else files.set(path, statSync(path).size)
    }
  }
  for (const dir of WATCHED) walk(dir)
  return { files, bytes: [...files.values()].reduce((sum, size) => sum + size, 0) }
}

const word = () => randomBytes(4).toString("hex")

/** 200 addresses nobody published, across every route that takes a name from the URL. */
function madeUpPaths(count: number) {
  const makers: ((i: number) => string)[] = [
    (i) => `/${i % 2 ? "us" : "eu"}/products/made-up-${word()}`,
    () => `/us/products/Not_A_Handle-${word()}`,
    () => `/eu/products/${"x".repeat(120)}${word()}`,
    (i) => `/${i % 2 ? "us" : "eu"}/shop/made-up-${word()}`,
    () => `/us/shop/UPPER-${word()}`,
    (i) => `/${i % 2 ? "us" : "eu"}/journal/made-up-${word()}`,
    () => `/us/journal/tag/made-up-${word()}`,
    () => `/eu/journal/author/made-up-${word()}`,
    () => `/us/journal/page/${900 + Math.floor(Math.random() * 1e6)}`,
    () => `/journal-images/posts/made-up-${word()}.svg`,
    () => `/journal-images/made-up-${word()}/cover.png`,
    () => `/share-cards/journal/made-up-${word()}/card.png`,
    () => `/share-cards/products/made-up-${word()}/card.png`,
    () => `/us/made-up-${word()}/${word()}`,
  ]
  return Array.from({ length: count }, (_, i) => makers[i % makers.length](i))
}

test("200 made-up addresses are 404s and the storefront's caches do not grow", async ({ request }) => {
  test.setTimeout(180_000)
  expect(existsSync(join(DIST_DIR, "server", "app")), `the test build at ${DIST_DIR}`).toBe(true)
  // One of each first, so anything a route writes once (not per address) is not counted.
  for (const path of madeUpPaths(14)) expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(404)
  await new Promise((done) => setTimeout(done, 1_000))

  const before = snapshot()
  const paths = madeUpPaths(200)
  const statuses: string[] = []
  for (let i = 0; i < paths.length; i += 4) {
    await Promise.all(
      paths.slice(i, i + 4).map(async (path) => {
        const status = (await request.get(path, { maxRedirects: 0 })).status()
        if (status !== 404) statuses.push(`${path} → ${status}`)
      }),
    )
  }
  expect(statuses, "every made-up address answers 404").toEqual([])
  // Cache writes may finish after the response.
  await new Promise((done) => setTimeout(done, 2_000))
  const after = snapshot()

  const added = [...after.files.keys()].filter((path) => !before.files.has(path))
  const where = WATCHED.map((dir) => `${added.filter((path) => path.startsWith(dir)).length} in ${dir}`).join(", ")
  expect(added.slice(0, 20), `${added.length} files written for made-up addresses (${where})`).toEqual([])
  expect(after.files.size, "files in the page and data caches").toBeLessThanOrEqual(before.files.size)
  expect(after.bytes, "bytes in the page and data caches").toBeLessThanOrEqual(before.bytes)
})

test("pages that exist still answer", async ({ request }) => {
  for (const path of ["/us/products/classic-round-zafu", "/eu/shop/round-zafus", "/us/journal/zafu-or-bench", "/eu/journal/page/2", "/share-cards/products/classic-round-zafu/card.png"]) {
    expect((await request.get(path)).status(), path).toBe(200)
  }
  const tag = /href="\/us\/journal\/tag\/([a-z0-9-]+)"/.exec(await (await request.get("/us/journal/zafu-or-bench")).text())?.[1]
  expect(tag).toBeTruthy()
  expect((await request.get(`/us/journal/tag/${tag}`)).status()).toBe(200)
  const author = /href="\/us\/journal\/author\/([a-z0-9-]+)"/.exec(await (await request.get("/us/journal/zafu-or-bench")).text())?.[1]
  expect((await request.get(`/us/journal/author/${author}`)).status()).toBe(200)
  const image = /src="(\/journal-images\/[^"]+)"/.exec(await (await request.get("/us/journal/zafu-or-bench")).text())?.[1]
  expect(image).toBeTruthy()
  expect((await request.get(image!)).status()).toBe(200)
})

test("a category and a product created after the build get their pages", async ({ request }) => {
  const admin = await adminClient()
  const suffix = word()
  const [{ sales_channels }, { shipping_profiles }] = await Promise.all([
    admin.admin.salesChannel.list({ fields: "id,name" }),
    admin.admin.shippingProfile.list({ fields: "id" }),
  ])
  const channel = sales_channels.find((c) => c.name === "Stillpoint web shop")
  if (!channel || !shipping_profiles[0]) throw new Error("the seeded sales channel or shipping profile is missing")
  const { product_category: category } = await admin.admin.productCategory.create({
    name: `Late category ${suffix}`,
    handle: `late-category-${suffix}`,
    is_active: true,
    is_internal: false,
  })
  const { product } = await admin.admin.product.create({
    title: `Late cushion ${suffix}`,
    handle: `late-cushion-${suffix}`,
    status: "published",
    shipping_profile_id: shipping_profiles[0].id,
    sales_channels: [{ id: channel.id }],
    categories: [{ id: category.id }],
    options: [{ title: "Size", values: ["One"] }],
    variants: [{ title: "One", sku: `LATE-${suffix}`, manage_inventory: false, options: { Size: "One" }, prices: [{ currency_code: "usd", amount: 40 }, { currency_code: "eur", amount: 38 }] }],
  })
  try {
    // The backend tells the storefront about catalogue changes (revalidation by tag); give it a moment.
    await expect(async () => {
      const productPage = await request.get(`/us/products/${product.handle}`)
      expect(productPage.status()).toBe(200)
      expect(await productPage.text()).toContain(`Late cushion ${suffix}`)
      const categoryPage = await request.get(`/eu/shop/${category.handle}`)
      expect(categoryPage.status()).toBe(200)
      expect(await categoryPage.text()).toContain(`Late cushion ${suffix}`)
    }).toPass({ timeout: 30_000 })
  } finally {
    await admin.admin.product.delete(product.id)
    await admin.admin.productCategory.delete(category.id)
  }
})
