import type { Page } from "@playwright/test"
import { expect, test } from "./shop"

const searchBox = (page: Page) => page.getByRole("combobox", { name: "Search products and the journal" })
const suggestions = (page: Page) => page.getByRole("listbox", { name: "Search suggestions" })

/** Focuses the header's search with its "/" shortcut and types, as a keyboard user would. */
async function typeInSearch(page: Page, text: string) {
  // The shortcut works once the page has hydrated; until then the key press does nothing.
  await expect(async () => {
    await page.keyboard.press("/")
    await expect(searchBox(page)).toBeFocused({ timeout: 500 })
  }).toPass()
  await page.keyboard.type(text)
}

test("typeahead by keyboard: a misspelling finds products and posts, Enter opens the active product", async ({ page }) => {
  await page.goto("/us")
  await typeInSearch(page, "buckweat")
  const box = searchBox(page)
  await expect(box).toHaveAttribute("aria-expanded", "true")
  const productOptions = suggestions(page).getByRole("group", { name: "Products" }).getByRole("option")
  const postOptions = suggestions(page).getByRole("group", { name: "From the journal" }).getByRole("option")
  // The misspelling is corrected: the matched word is marked as "buckwheat".
  await expect(productOptions.locator("mark").filter({ hasText: /^buckwheat$/i }).first()).toBeVisible()
  await expect(postOptions.locator("mark").filter({ hasText: /^buckwheat$/i }).first()).toBeVisible()
  const productOption = productOptions.first()
  await expect(productOption).toContainText("$")

  // Escape closes the list and leaves the visitor in the box.
  await page.keyboard.press("Escape")
  await expect(box).toHaveAttribute("aria-expanded", "false")
  await expect(box).toBeFocused()
  await expect(box).toHaveValue("buckweat")

  await page.keyboard.press("ArrowDown")
  await expect(box).toHaveAttribute("aria-expanded", "true")
  await expect(productOption).toHaveAttribute("aria-selected", "true")
  await expect(box).toHaveAttribute("aria-activedescendant", (await productOption.getAttribute("id")) ?? "missing id")
  const title = await productOption.getByTestId("suggestion-title").innerText()

  await page.keyboard.press("Enter")
  await page.waitForURL(/\/us\/products\/[a-z0-9-]+$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title)
})

test("Enter with nothing chosen opens the results page; a facet lives in the URL through reload and back", async ({ page }) => {
  await page.goto("/eu")
  await typeInSearch(page, "zafu")
  await expect(suggestions(page).getByRole("option").first()).toBeVisible()
  await page.keyboard.press("Enter")
  await page.waitForURL(/\/eu\/search\?q=zafu$/)

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Results for “zafu”")
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/)
  const productsHeading = page.getByRole("heading", { level: 2, name: /^Products/ })
  await expect(productsHeading).toContainText("Products")
  await expect(page.getByRole("heading", { level: 2, name: /^From the journal/ })).toBeVisible()
  await expect(page.getByTestId("search-product").first()).toContainText("€")
  await expect(page.getByTestId("search-post").first()).toBeVisible()
  const unfiltered = await productsHeading.innerText()

  const kapok = page.getByRole("checkbox", { name: /^Kapok/ })
  await kapok.press("Space")
  await page.waitForURL(/fill=Kapok/)
  await expect(productsHeading).not.toHaveText(unfiltered)
  const filtered = await productsHeading.innerText()
  // Every product left has a kapok fill (the seed's kapok products).
  const kapokProducts = ["Classic Round Zafu", "Crescent Zafu", "Hemp Round Zafu", "Rectangular Bolster", "Tall Round Zafu", "Zafu & Zabuton Set"]
  const shown = await page.getByRole("list", { name: "Matching products" }).getByRole("heading", { level: 3 }).allInnerTexts()
  expect(shown.length).toBeGreaterThan(0)
  for (const title of shown) expect(kapokProducts, `${title} has no kapok fill`).toContain(title)

  await page.reload()
  await expect(page.getByRole("checkbox", { name: /^Kapok/ })).toBeChecked()
  await expect(productsHeading).toHaveText(filtered)

  await page.goBack()
  await page.waitForURL(/\/eu\/search\?q=zafu$/)
  await expect(productsHeading).toHaveText(unfiltered)
  await expect(page.getByRole("checkbox", { name: /^Kapok/ })).not.toBeChecked()
})

test("what shoppers type finds what they mean, and a misspelling offers the right spelling", async ({ page }) => {
  await page.goto("/us/search?q=meditation+cushion")
  const products = page.getByTestId("search-product")
  for (const i of [0, 1, 2]) await expect(products.nth(i)).toContainText("Zafu")

  await page.goto("/us/search?q=cushion+and+mat+set")
  await expect(products.first()).toContainText("Zafu & Zabuton Set")

  await page.goto("/us/search?q=seiza+bnech")
  await expect(products.first()).toContainText("Bench")
  const spelling = page.getByText("Did you mean")
  await expect(spelling).toHaveText("Did you mean seiza bench?")
  await spelling.getByRole("link", { name: "seiza bench" }).click()
  await page.waitForURL(/\/us\/search\?q=seiza\+bench$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Results for “seiza bench”")
  await expect(page.getByText("Did you mean")).toHaveCount(0)
})

test("a query that matches nothing suggests popular products and recent posts", async ({ page }) => {
  await page.goto("/us")
  await typeInSearch(page, "qqqxxzz")
  await expect(page.getByText("No products or posts match “qqqxxzz”.")).toBeVisible()
  await page.keyboard.press("Enter")
  await page.waitForURL(/\/us\/search\?q=qqqxxzz$/)

  await expect(page.getByRole("status").filter({ hasText: "Nothing in the shop or the journal matches" })).toBeVisible()
  await expect(page.getByRole("heading", { name: "Popular products" })).toBeVisible()
  await expect(page.getByRole("list", { name: "Popular products" }).getByRole("listitem")).toHaveCount(4)
  await expect(page.getByRole("heading", { name: "Recent from the journal" })).toBeVisible()
  await expect(page.getByTestId("post-card")).toHaveCount(3)
})

test("the search box fits a 360 px screen and its suggestions stay on screen", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto("/us")
  const box = searchBox(page)
  await box.click()
  await page.keyboard.type("kapok")
  const list = suggestions(page)
  await expect(list.getByRole("option").first()).toBeVisible()
  for (const element of [box, list]) {
    const bounds = await element.boundingBox()
    if (!bounds) throw new Error("not laid out")
    expect(bounds.x).toBeGreaterThanOrEqual(0)
    expect(bounds.x + bounds.width).toBeLessThanOrEqual(360)
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
})
