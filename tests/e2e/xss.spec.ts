/**
 * Hostile content must reach the page as text, never as script. The payloads sit in a journal
 * post (tests/e2e/fixtures/content/posts/hostile-markdown.md, built into the test storefront
 * through the real journal pipeline) and in products created through the admin API. Every
 * payload calls window.__xss(n) if it ever runs; the tests trap that call and any dialog, and
 * check the markup for event-handler attributes and script URLs.
 */
import type { Page } from "@playwright/test"
import { adminClient } from "../support/shop-clients"
import { expect, test } from "./shop"

const POST_TITLE = `Hostile Markdown <script>window.__xss(101)</script> "quoted" 'title' <img src=http://127.0.0.1:9/t.png onerror=window.__xss(102)>`

/** Records every payload that runs (window.__xss in any frame) and every dialog a payload opens. */
async function armTrap(page: Page) {
  const ran: string[] = []
  await page.exposeFunction("__xss", (id: unknown) => ran.push(`payload ${String(id)} ran`))
  page.on("dialog", (dialog) => {
    ran.push(`a ${dialog.type()} dialog opened: ${dialog.message()}`)
    void dialog.dismiss()
  })
  return ran
}

/**
 * Event-handler attributes and script URLs in a document: the live page, or HTML parsed inertly
 * with DOMParser (which runs nothing). Returns one line per finding, empty when clean.
 */
async function dangerousMarkup(page: Page, html?: string): Promise<string[]> {
  return page.evaluate((source) => {
    const root = source === undefined ? document : new DOMParser().parseFromString(source, "text/html")
    const urlAttributes = new Set(["href", "src", "srcset", "action", "formaction", "data", "poster", "xlink:href", "background", "cite"])
    const findings: string[] = []
    for (const element of root.querySelectorAll("*")) {
      for (const attribute of [...element.attributes]) {
        const name = attribute.name.toLowerCase()
        // Browsers ignore control characters and spaces inside a URL's scheme; so does this check.
        // biome-ignore lint/suspicious/noControlCharactersInRegex: matching NUL and the other control characters is the point (see above)
        const url = attribute.value.replace(/[\u0000-\u0020]/g, "").toLowerCase()
        // A srcset lists several URLs, separated by commas.
        const scriptUrl = /(^|,)(javascript|vbscript):/.test(url) || url.startsWith("data:text/html")
        if (name.startsWith("on") || name === "srcdoc" || (urlAttributes.has(name) && scriptUrl)) {
          findings.push(`<${element.localName} ${name}="${attribute.value.slice(0, 80)}">`)
        }
      }
    }
    for (const element of root.querySelectorAll("iframe, object, embed, base, frame")) findings.push(`<${element.localName}> element`)
    return findings
  }, html)
}

/** Fires the events the handler payloads wait for, on every element of the page. */
async function provokeHandlers(page: Page) {
  await page.evaluate(() => {
    window.scrollTo(0, document.body.scrollHeight)
    for (const element of document.body.querySelectorAll("*")) {
      for (const type of ["mouseover", "mouseenter", "pointerover", "focus", "toggle", "animationstart"]) {
        element.dispatchEvent(new Event(type))
      }
    }
  })
  // Every eager image has loaded or failed by now, so an onerror that survived would have fired.
  await page.waitForFunction(() => [...document.images].every((image) => image.complete || image.loading === "lazy"))
}

/** Opens a page, lets every payload have its chance, and asserts none ran and none is in the markup. */
async function expectNoScriptFrom(page: Page, ran: string[], path: string) {
  const response = await page.goto(path)
  expect(response?.status(), `${path} did not load`).toBe(200)
  await provokeHandlers(page)
  expect(ran, `script ran on ${path}`).toEqual([])
  expect(await dangerousMarkup(page), `dangerous markup in the live page ${path}`).toEqual([])
  expect(await dangerousMarkup(page, (await response?.text()) ?? ""), `dangerous markup in the HTML served for ${path}`).toEqual([])
}

test("the trap catches a payload that does run, so a clean result means something", async ({ page }) => {
  const ran = await armTrap(page)
  await page.setContent(`<img src="http://127.0.0.1:9/x.png" onerror="window.__xss(0)"><a href="javascript:void 0" onclick="x()">x</a>`)
  await expect.poll(() => ran).toEqual(["payload 0 ran"])
  expect(await dangerousMarkup(page)).toEqual(['<img onerror="window.__xss(0)">', '<a href="javascript:void 0">', '<a onclick="x()">'])
})

test.describe("a journal post full of XSS payloads", () => {
  test("renders its payloads as text and runs none of them", async ({ page }) => {
    const ran = await armTrap(page)
    await expectNoScriptFrom(page, ran, "/us/journal/hostile-markdown")
    // The post really went through the pipeline: title and prose survive as text.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(POST_TITLE)
    const body = page.locator("article", { has: page.getByRole("heading", { level: 1 }) })
    await expect(body).toContainText("raw javascript link")
    await expect(body).toContainText("<script>window.__xss(70)</script> is text written with entities.")
    await expect(body.locator("code").filter({ hasText: "<script>window.__xss(71)</script>" })).toBeVisible()
    await expect(body).toContainText("The end of the hostile corpus.")
  })

  test("cannot clobber the page's own globals: the post's product card still adds to the cart", async ({ page }) => {
    const errors: string[] = []
    page.on("pageerror", (error) => errors.push(error.message))
    await page.goto("/us/journal/hostile-markdown")
    const globals = await page.evaluate(() => ({
      createElement: typeof document.createElement,
      getElementById: typeof document.getElementById,
      nextFlight: Array.isArray((window as unknown as { __next_f?: unknown }).__next_f),
    }))
    expect(globals).toEqual({ createElement: "function", getElementById: "function", nextFlight: true })
    const card = page.locator('[data-testid="post-product-card"][data-handle="classic-round-zafu"]').first()
    await card.getByRole("button", { name: /^Indigo/ }).click()
    await card.getByRole("button", { name: "Add to cart", exact: true }).click()
    await expect(card.getByText(/Added to your cart/)).toBeVisible({ timeout: 30_000 })
    expect(errors).toEqual([])
  })

  test("stays text on the journal's lists and in the Atom feed", async ({ page, request }) => {
    const ran = await armTrap(page)
    await expectNoScriptFrom(page, ran, "/us/journal/author/hana-ostrowski")
    await expect(page.getByRole("link", { name: POST_TITLE })).toBeVisible()
    // The oldest post is the "Older" neighbour of the one before it.
    await expectNoScriptFrom(page, ran, "/us/journal/zafu-or-bench")
    await expect(page.getByRole("link", { name: `Older: ${POST_TITLE} →` })).toBeVisible()

    const feed = await request.get("/feed.xml")
    const entry = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, "application/xml")
      const found = [...doc.getElementsByTagName("entry")].find((e) => e.getElementsByTagName("id")[0]?.textContent?.endsWith("/journal/hostile-markdown"))
      return found && { title: found.getElementsByTagName("title")[0]?.textContent, content: found.getElementsByTagName("content")[0]?.textContent ?? "" }
    }, await feed.text())
    expect(entry?.title).toBe(POST_TITLE)
    // Feed readers show <content type="html"> as HTML: it must be as clean as the page.
    expect(await dangerousMarkup(page, entry?.content)).toEqual([])
  })
})

test.describe("products whose title and description are XSS payloads", () => {
  const word = `xssprobe${Date.now().toString(36)}`
  const descriptionPayloads = [
    `<script>window.__xss(210)</script>`,
    `<img src=http://127.0.0.1:9/p.png onerror=window.__xss(211)>`,
    `<svg onload=window.__xss(212)>`,
    `<a href="javascript:window.__xss(213)">link</a> <a href="jav&#x09;ascript:window.__xss(214)">tab</a>`,
    `[markdown](javascript:window.__xss(215)) ![image](javascript:window.__xss(216))`,
    `<iframe src="javascript:window.__xss(217)"></iframe><object data="javascript:window.__xss(218)"></object><embed src="javascript:window.__xss(219)">`,
    `<div style="background:url(javascript:window.__xss(220))">style</div>`,
    `"><script>window.__xss(221)</script>' onmouseover='window.__xss(222)`,
    `&lt;script&gt;window.__xss(223)&lt;/script&gt; <ScRiPt>window.__xss(224)</ScRiPt>`,
    `</script><script>window.__xss(225)</script>`,
    `::product{handle="x" onclick="window.__xss(226)"}`,
  ].join("\n")
  const products = [
    {
      handle: `${word}-script`,
      title: `${word} <script>window.__xss(201)</script> Zafu`,
      subtitle: `<img src=http://127.0.0.1:9/q.png onerror=window.__xss(202)>`,
      material: `"><svg onload=window.__xss(203)>`,
    },
    {
      handle: `${word}-quote`,
      title: `${word} "><img src=http://127.0.0.1:9/r.png onerror=window.__xss(204)> Bench`,
      subtitle: `javascript:window.__xss(205)`,
      material: `<a href="javascript:window.__xss(206)">wool</a>`,
    },
  ]
  const created: string[] = []

  test.beforeAll(async () => {
    const admin = await adminClient()
    const [{ sales_channels }, { shipping_profiles }] = await Promise.all([
      admin.admin.salesChannel.list({ fields: "id,name" }),
      admin.admin.shippingProfile.list({ fields: "id" }),
    ])
    const channel = sales_channels.find((c) => c.name === "Stillpoint web shop")
    if (!channel || !shipping_profiles[0]) throw new Error("the seeded sales channel or shipping profile is missing")
    for (const [index, product] of products.entries()) {
      const { product: saved } = await admin.admin.product.create({
        ...product,
        description: descriptionPayloads,
        status: "published",
        shipping_profile_id: shipping_profiles[0].id,
        sales_channels: [{ id: channel.id }],
        metadata: { care: `<img src=http://127.0.0.1:9/s.png onerror=window.__xss(${230 + index})>` },
        options: [{ title: "Size", values: [`<b onmouseover=window.__xss(${240 + index})>One</b>`] }],
        variants: [
          {
            title: "One size",
            sku: `${word.toUpperCase()}-${index}`,
            manage_inventory: false,
            options: { Size: `<b onmouseover=window.__xss(${240 + index})>One</b>` },
            prices: [
              { currency_code: "usd", amount: 40 },
              { currency_code: "eur", amount: 38 },
            ],
          },
        ],
      })
      created.push(saved.id)
    }
  })

  test.afterAll(async () => {
    // Other specs count the catalogue: take the probes out of the shop again.
    const admin = await adminClient()
    for (const id of created) await admin.admin.product.delete(id)
  })

  test("the product page prints title, subtitle, description and options as text", async ({ page }) => {
    const ran = await armTrap(page)
    for (const product of products) {
      await expectNoScriptFrom(page, ran, `/us/products/${product.handle}`)
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(product.title)
      await expect(page.getByText(product.subtitle, { exact: true })).toBeVisible()
      await expect(page.getByRole("region", { name: "About this piece" })).toContainText("<script>window.__xss(210)</script>")
      await expect(page.getByText(product.material, { exact: true })).toBeVisible()
    }
  })

  test("the shop listing and the search results print the titles as text", async ({ page }) => {
    const ran = await armTrap(page)
    // The backend asks the storefront to revalidate and the index to update; both take a moment.
    await expect(async () => {
      await page.goto("/us/shop?sort=newest")
      await expect(page.getByRole("heading", { name: products[0].title })).toBeVisible({ timeout: 1000 })
    }).toPass({ timeout: 30_000, intervals: [1000, 2000] })
    await expectNoScriptFrom(page, ran, "/us/shop?sort=newest")
    for (const product of products) await expect(page.getByRole("heading", { name: product.title })).toBeVisible()

    await expect(async () => {
      await page.goto(`/us/search?q=${word}`)
      await expect(page.getByTestId("search-product")).toHaveCount(products.length, { timeout: 1000 })
    }).toPass({ timeout: 30_000, intervals: [1000, 2000] })
    await expectNoScriptFrom(page, ran, `/us/search?q=${word}`)
    for (const product of products) await expect(page.getByTestId("search-product").filter({ hasText: product.title })).toHaveCount(1)
  })

  test("the search suggestions print the titles as text", async ({ page }) => {
    const ran = await armTrap(page)
    await page.goto("/us")
    const box = page.getByRole("combobox", { name: "Search products and the journal" })
    await box.click()
    await page.keyboard.type(word)
    const options = page.getByRole("listbox", { name: "Search suggestions" }).getByRole("option")
    await expect(options.filter({ hasText: products[1].title })).toBeVisible()
    await expect(options.filter({ hasText: products[0].title })).toBeVisible()
    await provokeHandlers(page)
    expect(ran).toEqual([])
    expect(await dangerousMarkup(page)).toEqual([])
  })
})
