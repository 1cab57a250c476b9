/**
 * The owner's journey, on the production build `npm start` runs (admin on, plain http): a
 * customer buys; the owner signs in at /app, captures the payment, ships the order with a
 * tracking number and refunds part of it; the customer's account shows all of it.
 */
import { addToCart, BACKEND_URL, checkout, expect, readTotals, signInToAdmin, registerCustomer, stepShot, test, uniqueEmail } from "./shop"

const journey = "owner"

test("the owner signs in to the admin, captures, ships and part-refunds an order; the customer sees it shipped and refunded", async ({ page, browser }) => {
  test.setTimeout(180_000)
  const customer = { firstName: "Ines", lastName: "Okafor", email: uniqueEmail("owner-journey"), password: "still-water-77" }
  await registerCustomer(page, "eu", customer)
  await addToCart(page, "/eu/products/classic-round-zafu", ["Buckwheat hulls", "Indigo"])
  const orderNumber = await checkout(page, "eu", {
    email: customer.email,
    firstName: customer.firstName,
    lastName: customer.lastName,
    street: "Torstraße 12",
    postcode: "10119",
    city: "Berlin",
    country: "Germany",
  })
  const confirmed = await readTotals(page)
  await stepShot(page, journey, "customer order confirmed")

  // The owner, in a browser of their own.
  const owner = await (await browser.newContext()).newPage()
  await signInToAdmin(owner)
  await stepShot(owner, journey, "admin signed in")
  await owner.getByRole("link", { name: "Orders" }).click()
  await owner.getByText(`#${orderNumber}`, { exact: true }).click()
  await expect(owner.getByRole("heading", { name: `#${orderNumber}`, level: 1 })).toBeVisible()
  await expect(owner.getByText(customer.email)).toBeVisible()
  // The admin shows the total the customer was shown.
  await expect(owner.getByText(`€${confirmed.total.toFixed(2)}`).first()).toBeVisible()
  await stepShot(owner, journey, "admin order")

  await owner.getByRole("button", { name: "Capture payment" }).click()
  await owner.getByRole("alertdialog", { name: "Capture payment" }).getByRole("button", { name: "Confirm" }).click()
  await expect(owner.getByText("Captured").first()).toBeVisible()

  const unfulfilled = owner.locator("div").filter({ has: owner.getByRole("heading", { name: "Unfulfilled Items" }) }).last()
  await unfulfilled.getByRole("button").last().click()
  await owner.getByRole("menuitem", { name: "Fulfill items" }).click()
  await expect(owner.getByRole("dialog").getByText("Stillpoint workshop").first()).toBeVisible()
  await stepShot(owner, journey, "admin fulfil items")
  // The admin loads the shipping options behind the form, and a submit before they arrive
  // answers "Shipping option is required": like a person, submit again until it is created.
  const created = owner.getByRole("heading", { name: "Fulfillment #1" })
  await expect(async () => {
    if (!(await created.isVisible())) await owner.getByRole("button", { name: "Create Fulfillment" }).click({ timeout: 2_000 })
    await expect(created).toBeVisible({ timeout: 3_000 })
  }).toPass({ timeout: 30_000 })

  await owner.getByRole("button", { name: "Mark as shipped" }).click()
  await owner.getByRole("button", { name: "Add tracking number" }).click()
  await owner.getByRole("textbox", { name: "Tracking number" }).fill("JJD000390007581")
  await owner.getByRole("textbox", { name: "Tracking URL" }).fill("https://tracking.example/JJD000390007581")
  await stepShot(owner, journey, "admin mark shipped")
  await owner.getByRole("button", { name: "Save" }).click()
  await expect(owner.getByText("Shipped").first()).toBeVisible()

  const payments = owner.locator("div").filter({ has: owner.getByRole("heading", { name: "Payments" }) }).filter({ hasText: "Total paid by customer" }).last()
  await payments.getByRole("button").last().click()
  await owner.getByRole("menuitem", { name: "Refund" }).click()
  await owner.getByRole("textbox", { name: "Amount" }).fill("20")
  await owner.getByRole("textbox", { name: "Note" }).fill("Goodwill: the parcel was late")
  await owner.getByRole("button", { name: "Save" }).click()
  await expect(owner.getByText("Partially refunded").first()).toBeVisible()
  await stepShot(owner, journey, "admin refunded")

  // Back to the customer: the account says shipped, with tracking, and the refund.
  await page.goto("/eu/account/orders")
  const row = page.getByRole("row").filter({ hasText: `#${orderNumber}` })
  await expect(row).toContainText("Shipped, partly refunded")
  await row.getByRole("link", { name: `#${orderNumber}` }).click()
  await expect(page.getByRole("heading", { name: `Order #${orderNumber}` })).toBeVisible()
  await expect(page.getByText("Shipped, partly refunded")).toBeVisible()
  await expect(page.getByRole("link", { name: "JJD000390007581" })).toHaveAttribute("href", "https://tracking.example/JJD000390007581")
  await expect(page.getByText("Refunded: €20.00")).toBeVisible()
  // The same order, less what was given back.
  expect(await readTotals(page)).toEqual({ ...confirmed, refunded: 20, total: confirmed.total - 20 })
  await stepShot(page, journey, "customer sees shipped and refunded")
  expect(BACKEND_URL.startsWith("http://"), "the admin was used over plain http").toBe(true)
})
