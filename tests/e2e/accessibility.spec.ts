/**
 * axe-core on the pages a customer goes through: no serious or critical violation may be left.
 * A failure prints every such violation with the elements it was found on.
 */
import AxeBuilder from "@axe-core/playwright"
import type { Page } from "@playwright/test"
import { addToCart, checkout, expect, fillAddress, placeOrderButton, registerCustomer, test, uniqueEmail } from "./shop"

/** Serious and critical violations on the page as it is now, one readable block per rule. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) =>
      [
        `${violation.id} (${violation.impact}): ${violation.help}`,
        ...violation.nodes.map((node) => `  ${node.target.join(" ")}: ${node.failureSummary?.replace(/\s+/g, " ")}`),
      ].join("\n")
    )
}

async function expectAccessible(page: Page, what: string) {
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
  const violations = await seriousViolations(page)
  expect(violations, `${what}:\n${violations.join("\n")}`).toEqual([])
}

const PAGES = [
  { name: "home", path: "/us" },
  { name: "shop", path: "/us/shop" },
  { name: "category page", path: "/eu/shop/round-zafus" },
  { name: "product page", path: "/us/products/classic-round-zafu" },
  { name: "journal post", path: "/us/journal/zafu-or-bench" },
  { name: "search results", path: "/us/search?q=zafu" },
  { name: "journal", path: "/eu/journal" },
  { name: "journal tag page", path: "/us/journal/tag/beginners" },
  { name: "journal author page", path: "/eu/journal/author/theo-marchetti" },
  { name: "sign-in and registration page", path: "/us/account" },
  { name: "forgot-password page", path: "/us/account/forgot-password" },
  { name: "reset page with a broken link", path: "/us/account/reset-password?token=cut-short" },
  { name: "page that does not exist", path: "/us/products/no-such-cushion" },
]

test("the check reports a serious violation when there is one", async ({ page }) => {
  await page.setContent(`<html lang="en"><head><title>Form</title></head><body><main><h1>Form</h1><input type="text"><a href="/x"></a></main></body></html>`)
  const violations = await seriousViolations(page)
  expect(violations.map((violation) => violation.split(" ")[0])).toEqual(["label", "link-name"])
})

for (const { name, path } of PAGES) {
  test(`the ${name} has no serious or critical accessibility violations`, async ({ page }) => {
    await page.goto(path)
    await expectAccessible(page, path)
  })
}

test("the header's search suggestions, open, have no serious or critical accessibility violations", async ({ page }) => {
  await page.goto("/us")
  await page.getByRole("combobox", { name: "Search products and the journal" }).click()
  await page.keyboard.type("zafu")
  await expect(page.getByRole("listbox", { name: "Search suggestions" }).getByRole("option").first()).toBeVisible()
  await expectAccessible(page, "search suggestions")
})

test("the cart with an item and every checkout step have no serious or critical accessibility violations", async ({ page }) => {
  await addToCart(page, "/us/products/classic-round-zafu", ["Buckwheat hulls", "Indigo"])
  await page.goto("/us/cart")
  await expect(page.getByTestId("cart-line")).toHaveCount(1)
  await expectAccessible(page, "cart")

  await page.goto("/us/checkout")
  await expectAccessible(page, "checkout, address step")

  // A submitted form with mistakes shows its error messages: they must be accessible too.
  await page.getByRole("button", { name: "Continue to delivery" }).click()
  await expect(page.getByRole("alert").filter({ hasText: "highlighted fields" })).toBeVisible()
  await expectAccessible(page, "checkout, address step with errors")

  await fillAddress(page, {
    email: uniqueEmail("axe"),
    firstName: "Sam",
    lastName: "Rivera",
    street: "200 W 20th St",
    postcode: "10011",
    city: "New York",
    state: "New York",
  })
  await page.getByRole("button", { name: "Continue to delivery" }).click()
  await expect(page.getByText("Address saved")).toBeVisible()
  await page.getByRole("radio", { name: /Standard shipping/ }).check()
  await page.getByRole("button", { name: "Continue to payment" }).click()
  await expect(page.getByText("Delivery option saved")).toBeVisible()
  await page.getByRole("button", { name: "Continue to review" }).click()
  await expect(placeOrderButton(page)).toBeVisible()
  await expectAccessible(page, "checkout, review step")
})

test("the confirmation and every account page have no serious or critical accessibility violations", async ({ page }) => {
  const email = uniqueEmail("axe-account")
  await registerCustomer(page, "eu", { firstName: "Noor", lastName: "Haddad", email, password: "calm-harbour-19" })
  await expectAccessible(page, "account overview")
  await addToCart(page, "/eu/products/wooden-mala", ["Rosewood"])
  const orderNumber = await checkout(page, "eu", { email, firstName: "Noor", lastName: "Haddad", street: "Keizersgracht 1", postcode: "1015 CJ", city: "Amsterdam", country: "Netherlands" })
  await expectAccessible(page, "order confirmation")
  await page.goto("/eu/account/orders")
  await expectAccessible(page, "account, orders")
  await page.getByRole("link", { name: `#${orderNumber}` }).click()
  await expectAccessible(page, "account, order page")
  await page.goto("/eu/account/addresses")
  await expectAccessible(page, "account, addresses")
})
