/**
 * A guest buys a cushion with the keyboard alone: Tab, Shift+Tab, Enter, Space, arrow keys and
 * typing, never the mouse. Every element focus lands on must show a focus ring.
 */
import type { Locator, Page } from "@playwright/test"
import { expect, placeOrderButton, test, uniqueEmail } from "./shop"

type Focus = { label: string; moved: boolean; ring: boolean }

/** The focused element: a label for messages, whether it changed since the last call, whether a focus ring is drawn. */
function readFocus(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    const seen = window as unknown as { lastFocused?: Element | null }
    const element = document.activeElement
    const moved = element !== seen.lastFocused
    seen.lastFocused = element
    if (!element || element === document.body) return { label: "nothing (the page body)", moved, ring: false }
    const name = element.getAttribute("aria-label") || element.textContent?.trim() || element.getAttribute("name") || ""
    const label = `<${element.localName}${element.id ? `#${element.id}` : ""}> "${name.replace(/\s+/g, " ").slice(0, 40)}"`
    const style = getComputedStyle(element)
    const box = element.getBoundingClientRect()
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2
    const ring = element.matches(":focus-visible") && (outline || style.boxShadow !== "none") && box.width > 1 && box.height > 1
    return { label, moved, ring }
  })
}

/** Presses Tab (or Shift+Tab) until `target` has focus. Each press must move focus to a visibly focused element. */
async function tabTo(page: Page, target: Locator, options: { backwards?: boolean; max?: number } = {}) {
  await expect(target).toBeVisible()
  await readFocus(page)
  const path: string[] = []
  for (let press = 0; press < (options.max ?? 60); press++) {
    await page.keyboard.press(options.backwards ? "Shift+Tab" : "Tab")
    const focus = await readFocus(page)
    path.push(focus.label)
    expect(focus.moved, `focus did not move from ${focus.label}`).toBe(true)
    expect(focus.ring, `no visible focus ring on ${focus.label} (path: ${path.join(" → ")})`).toBe(true)
    if (await target.evaluate((element) => element === document.activeElement)) return
  }
  throw new Error(`Tab never reached the target; focus went ${path.join(" → ")}`)
}

/** Tabs to a text field and types into it. */
async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field)
  await page.keyboard.type(text)
  await expect(field).toHaveValue(text)
}

test("a guest checks out with the keyboard alone, from the product page to the order confirmation", async ({ page }) => {
  await page.goto("/us/products/classic-round-zafu")
  const addToCart = page.getByRole("button", { name: "Add to cart", exact: true })
  await expect(addToCart).toBeEnabled()

  // Options are toggle buttons (Colour before Fill: the storefront orders options by title);
  // Space and Enter both press them.
  const sage = page.getByRole("button", { name: /^Sage/ })
  await tabTo(page, sage)
  await page.keyboard.press("Space")
  await expect(sage).toHaveAttribute("aria-pressed", "true")
  const kapok = page.getByRole("button", { name: /^Kapok/ })
  await tabTo(page, kapok)
  await page.keyboard.press("Enter")
  await expect(kapok).toHaveAttribute("aria-pressed", "true")

  await tabTo(page, addToCart)
  await page.keyboard.press("Enter")
  await expect(page.getByText(/Added to your cart/)).toBeVisible({ timeout: 30_000 })

  // Back up to the header's cart link and follow it.
  const cartLink = page.getByRole("banner").getByRole("link", { name: /cart/i })
  await expect(page.getByTestId("cart-count")).toHaveText("1")
  await tabTo(page, cartLink, { backwards: true })
  await page.keyboard.press("Enter")
  await page.waitForURL(/\/us\/cart$/)
  await expect(page.getByTestId("cart-line")).toHaveCount(1)

  await tabTo(page, page.getByRole("link", { name: "Go to checkout" }))
  await page.keyboard.press("Enter")
  await page.waitForURL(/\/us\/checkout$/)

  await typeInto(page, page.getByLabel("Email"), uniqueEmail("keyboard"))
  await typeInto(page, page.getByLabel("First name"), "Sam")
  await typeInto(page, page.getByLabel("Last name"), "Rivera")
  await typeInto(page, page.getByLabel("Street and number"), "200 W 20th St")
  await typeInto(page, page.getByLabel("ZIP code"), "10011")
  await typeInto(page, page.getByLabel("Town or city"), "New York")
  // A closed select takes arrow keys: down from "Choose…" through the states to New York.
  const state = page.getByLabel("State")
  await tabTo(page, state)
  for (let step = 0; step < 60 && (await state.inputValue()) !== "us-ny"; step++) await page.keyboard.press("ArrowDown")
  await expect(state).toHaveValue("us-ny")
  await expect(page.getByLabel("Country")).toHaveValue("us")

  await tabTo(page, page.getByRole("button", { name: "Continue to delivery" }))
  await page.keyboard.press("Enter")
  await expect(page.getByText("Address saved")).toBeVisible()

  // A radio group is one Tab stop; the arrow keys choose within it.
  const standard = page.getByRole("radio", { name: /Standard shipping/ })
  const express = page.getByRole("radio", { name: /Express shipping/ })
  await tabTo(page, page.getByRole("radio", { name: /shipping/ }).first())
  await page.keyboard.press("ArrowDown")
  await expect(express).toBeChecked()
  await page.keyboard.press("ArrowUp")
  await expect(standard).toBeChecked()
  await tabTo(page, page.getByRole("button", { name: "Continue to payment" }))
  await page.keyboard.press("Enter")
  await expect(page.getByText("Delivery option saved")).toBeVisible()

  await tabTo(page, page.getByRole("button", { name: "Continue to review" }))
  await page.keyboard.press("Enter")
  const placeOrder = placeOrderButton(page)
  await tabTo(page, placeOrder)
  await expect(placeOrder).toContainText("$")
  await page.keyboard.press("Enter")

  await page.waitForURL(/\/us\/order\/[^/]+\/confirmed/)
  await expect(page.getByRole("heading", { name: "Thank you for your order" })).toBeVisible()
  await expect(page.getByTestId("order-number")).toHaveText(/^#?\d+$/)
  await expect(page.getByTestId("summary-item")).toContainText("Classic Round Zafu")
  await expect(page.getByTestId("summary-item")).toContainText(/Kapok.*Sage|Sage.*Kapok/)
})
