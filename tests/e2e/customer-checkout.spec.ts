import { addToCart, checkout, expect, registerCustomer, test, uniqueEmail } from "./shop"

test("a registered customer logs in, buys, and finds the order in their history", async ({ page, context }) => {
  const email = uniqueEmail("customer")
  const password = "quiet-sitting-42"

  await registerCustomer(page, "us", { firstName: "Maya", lastName: "Lindqvist", email, password })

  // Log out and back in, as a returning customer would.
  await expect(page.getByRole("link", { name: "Account", exact: true })).toBeVisible()
  await page.getByRole("button", { name: "Log out" }).click()
  await page.waitForURL(/\/us$/)
  await expect(page.getByRole("link", { name: "Log in", exact: true })).toBeVisible()
  await page.goto("/us/account")
  const login = page.getByRole("region", { name: "Log in" })
  await login.getByLabel("Email").fill(email)
  await login.getByLabel("Password").fill(password)
  await login.getByRole("button", { name: "Log in" }).click()
  await expect(page.getByRole("heading", { name: "Hello, Maya" })).toBeVisible()

  await addToCart(page, "/us/products/meditation-shawl", ["Oat"])
  await page.goto("/us/checkout")
  await expect(page.getByLabel("Email")).toHaveValue(email)
  const orderNumber = await checkout(page, "us", {
    email,
    firstName: "Maya",
    lastName: "Lindqvist",
    street: "500 Market Street",
    postcode: "94105",
    city: "San Francisco",
    state: "California",
  }, { doubleClickPlaceOrder: true })

  await page.goto("/us/account/orders")
  const row = page.getByTestId("order-row").filter({ hasText: `#${orderNumber}` })
  await expect(row).toBeVisible()
  // The double click on "Place order" made exactly one order.
  await expect(page.getByTestId("order-row")).toHaveCount(1)
  await row.getByRole("link").click()
  await expect(page.getByRole("heading", { name: `Order #${orderNumber}` })).toBeVisible()
  await expect(page.getByText("Meditation Shawl")).toBeVisible()
  // Paid by bank transfer and not yet received: the order page still says how to pay.
  const payment = page.getByRole("region", { name: "Pay by bank transfer" })
  await expect(payment).toContainText("Stillpoint Studio")
  await expect(payment).toContainText(/Routing number/)
  await expect(payment).toContainText(`#${orderNumber}`)
  expect((await context.cookies()).find((c) => c.name === "sp_token")?.httpOnly).toBe(true)

  // Saved addresses: add one, see it listed.
  await page.goto("/us/account/addresses")
  await page.getByLabel("First name").fill("Maya")
  await page.getByLabel("Last name").fill("Lindqvist")
  await page.getByLabel("Street and number").fill("12 Quiet Lane")
  await page.getByLabel("ZIP code").fill("10001")
  await page.getByLabel("Town or city").fill("New York")
  await page.getByLabel("State").selectOption({ label: "New York" })
  await page.getByRole("button", { name: "Save address" }).click()
  await expect(page.getByText("Address saved.")).toBeVisible()
  await expect(page.locator("address").filter({ hasText: "12 Quiet Lane" })).toBeVisible()
})
