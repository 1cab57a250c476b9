import type { APIRequestContext } from "@playwright/test"
import { BACKEND_URL, expect, test } from "./shop"

// The count above the tiles ("12 products"), the region of results it names.
const countHeading = (page: import("@playwright/test").Page) => page.getByRole("heading", { level: 2, name: /^[\d,]+ products?$/ })

test("shop filters and sorting live in the URL and survive reload and back/forward", async ({ page }) => {
  const heading = countHeading(page)
  await page.goto("/eu/shop")
  await expect(heading).toHaveText(/^\d+ products$/)
  const allCount = await heading.innerText()

  await page.getByLabel(/^Kapok/).check()
  await page.waitForURL(/fill=Kapok/)
  // Exactly the published products the seed makes with a kapok fill.
  await expect(heading).toHaveText("6 products")
  // Product tiles carry a price; the journal posts woven between them do not.
  const results = page.getByRole("list", { name: "Products" }).getByRole("listitem").filter({ hasText: "€" }).getByRole("heading", { level: 3 })
  expect((await results.allInnerTexts()).sort()).toEqual(
    ["Classic Round Zafu", "Crescent Zafu", "Hemp Round Zafu", "Rectangular Bolster", "Tall Round Zafu", "Zafu & Zabuton Set"],
  )
  // The counts beside each value come from the backend: choosing Kapok still offers the other fills.
  await expect(page.getByLabel(/^Buckwheat hulls \(\d+\)$/)).not.toBeChecked()
  const kapokCount = await heading.innerText()

  await page.getByLabel("Sort by").selectOption("price-asc")
  await page.waitForURL(/sort=price-asc/)
  await expect(page.getByTestId("tile-price")).toHaveCount(6)
  const prices = await page.getByTestId("tile-price").allInnerTexts()
  const amounts = prices.map((p) => Number(p.replace(/[^0-9.]/g, "")))
  expect(amounts).toEqual([...amounts].sort((a, b) => a - b))

  await page.reload()
  await expect(heading).toHaveText(kapokCount)
  await expect(page.getByLabel(/^Kapok/)).toBeChecked()
  await expect(page.getByLabel("Sort by")).toHaveValue("price-asc")

  await page.goBack()
  await page.goBack()
  await expect(heading).toHaveText(allCount)
  await expect(page.getByLabel(/^Kapok/)).not.toBeChecked()
  await page.goForward()
  await expect(heading).toHaveText(kapokCount)
  await expect(page.getByLabel(/^Kapok/)).toBeChecked()

  // Prices in the URL filter by the product's lowest price.
  await page.goto("/us/shop/round-zafus?min=100")
  await expect(heading).toHaveText("1 product")
  await expect(page.getByRole("heading", { name: "Hemp Round Zafu" })).toBeVisible()
})

test("without JavaScript the filters are a form and the pages are links", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  try {
    const heading = countHeading(page)
    await page.goto("/us/shop")
    await page.getByLabel(/^Buckwheat hulls/).check()
    await page.getByLabel("Sort by").selectOption("price-desc")
    await page.getByRole("button", { name: "Apply" }).click()
    await page.waitForURL(/fill=Buckwheat\+hulls/)
    expect(new URL(page.url()).searchParams.get("sort")).toBe("price-desc")
    await expect(heading).toHaveText(/^\d+ products?$/)
    const amounts = (await page.getByTestId("tile-price").allInnerTexts()).map((p) => Number(p.replace(/[^0-9.]/g, "")))
    expect(amounts.length).toBeGreaterThan(1)
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a))
    await page.getByRole("link", { name: "Clear filters" }).click()
    // Filters go; the chosen order stays.
    await expect(page).toHaveURL(/\/us\/shop\?sort=price-desc$/)
    await expect(page.getByLabel(/^Buckwheat hulls/)).not.toBeChecked()
  } finally {
    await context.close()
  }
})

/** Products made through the admin API for one test, and removed after it. */
async function sampleProducts(request: APIRequestContext) {
  const login = await request.post(`${BACKEND_URL}/auth/user/emailpass`, {
    data: { email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD },
  })
  const { token } = (await login.json()) as { token: string }
  const headers = { authorization: `Bearer ${token}` }
  const channels = (await (await request.get(`${BACKEND_URL}/admin/sales-channels?fields=id`, { headers })).json()) as { sales_channels: { id: string }[] }
  const ids: string[] = []
  return {
    async create(title: string, price: number, options: { tracked?: boolean } = {}) {
      const created = await request.post(`${BACKEND_URL}/admin/products`, {
        headers,
        data: {
          title,
          status: "published",
          sales_channels: channels.sales_channels.map(({ id }) => ({ id })),
          options: [{ title: "Size", values: ["One"] }],
          // A tracked variant with no stock anywhere is sold out.
          variants: [{ title: "One", manage_inventory: !!options.tracked, options: { Size: "One" }, prices: [{ amount: price, currency_code: "usd" }, { amount: price, currency_code: "eur" }] }],
        },
      })
      expect(created.ok(), await created.text()).toBeTruthy()
      ids.push(((await created.json()) as { product: { id: string } }).product.id)
    },
    async removeAll() {
      for (const id of ids) await request.delete(`${BACKEND_URL}/admin/products/${id}`, { headers })
    },
  }
}

const needsAdmin = () => test.skip(!process.env.ADMIN_EMAIL || !process.env.ADMIN_PASSWORD, "needs the test shop's admin login (run through npm test)")

test("'In stock only' leaves out a product none of whose variants can be bought", async ({ page, request }) => {
  needsAdmin()
  const samples = await sampleProducts(request)
  try {
    await samples.create("Sold Out Sample", 7777, { tracked: true })
    const tile = page.getByRole("list", { name: "Products" }).getByRole("listitem").filter({ hasText: "Sold Out Sample" })
    await expect(async () => {
      await page.goto("/us/shop?sort=price-desc")
      await expect(tile).toBeVisible({ timeout: 1000 })
    }).toPass({ timeout: 30_000 })
    await expect(tile).toContainText("Sold out")
    const heading = countHeading(page)
    const before = Number((await heading.innerText()).replace(/[^\d]/g, ""))
    await page.getByLabel("In stock only").check()
    await page.waitForURL(/stock=in/)
    await expect(heading).toHaveText(new RegExp(`^${before - 1} products$`))
    await expect(tile).toHaveCount(0)
  } finally {
    await samples.removeAll()
  }
})

test("every product is reachable through the pages, and the page is in the URL", async ({ page, request }) => {
  needsAdmin()
  const samples = await sampleProducts(request)
  try {
    // Enough products that the catalogue no longer fits two pages of 24, the dearest of all.
    for (let i = 1; i <= 26; i++) await samples.create(`Paging Sample ${String(i).padStart(2, "0")}`, 9000 + i)

    const heading = countHeading(page)
    // The index takes the new products from the backend's events.
    await expect(async () => {
      await page.goto("/us/shop?sort=price-desc")
      await expect(page.getByRole("heading", { name: "Paging Sample 26" })).toBeVisible({ timeout: 1000 })
    }).toPass({ timeout: 30_000 })
    const total = Number((await heading.innerText()).replace(/[^\d]/g, ""))
    expect(total).toBeGreaterThan(48)
    const pages = Math.ceil(total / 24)

    // The last page, through the pager's link: the cheapest product is there.
    await page.getByRole("navigation", { name: "Product pages" }).getByRole("link", { name: `Page ${pages}` }).click()
    await page.waitForURL(new RegExp(`page=${pages}`))
    await expect(page.getByRole("navigation", { name: "Product pages" }).locator('[aria-current="page"]')).toHaveText(`Page ${pages}`)
    const lastTiles = await page.getByRole("list", { name: "Products" }).getByRole("listitem").filter({ hasText: "$" }).count()
    expect(lastTiles).toBe(total - (pages - 1) * 24)

    // Page 2 of the price order starts right after page 1's last: nothing skipped or repeated.
    await page.goto("/us/shop?sort=price-desc")
    const firstPage = await page.getByRole("list", { name: "Products" }).getByRole("heading", { level: 3 }).allInnerTexts()
    await page.getByRole("link", { name: "Next →" }).click()
    await page.waitForURL(/page=2/)
    await expect(page.getByRole("heading", { name: "Paging Sample 02" })).toBeVisible()
    const secondPage = await page.getByRole("list", { name: "Products" }).getByRole("heading", { level: 3 }).allInnerTexts()
    expect(firstPage.filter((t) => t.startsWith("Paging Sample"))).toHaveLength(24)
    expect(secondPage.slice(0, 2)).toEqual(["Paging Sample 02", "Paging Sample 01"])

    await page.goBack()
    await expect(page.getByRole("heading", { name: "Paging Sample 26" })).toBeVisible()
    await page.goForward()
    await expect(page.getByRole("heading", { name: "Paging Sample 01" })).toBeVisible()
    await page.reload()
    await expect(page.getByRole("heading", { name: "Paging Sample 01" })).toBeVisible()
  } finally {
    await samples.removeAll()
  }
})
