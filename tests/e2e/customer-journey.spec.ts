/**
 * The customer's journey, on the production build `npm start` runs: browse from the home page,
 * choose a variant and share its link, fill and trim the cart, try a promo code, create an
 * account, check out (a wrong ZIP on the way), pay by bank transfer, and find the order with
 * the same totals in the account. A screenshot of each step goes to the artifacts folder.
 */
import {
  addToCart,
  checkoutToReview,
  expect,
  expectCartCount,
  fillAddress,
  placeOrder,
  readTotals,
  registerCustomer,
  stepShot,
  test,
  uniqueEmail,
} from "./shop"

const journey = "customer"

test("a customer browses, shares a variant, trims the cart, registers, checks out by bank transfer and finds the order in the account", async ({ page, browser }) => {
  test.setTimeout(180_000)
  const customer = { firstName: "Maya", lastName: "Lindqvist", email: uniqueEmail("customer-journey"), password: "quiet-sitting-42" }

  // Browse: home → shop → a product.
  await page.goto("/us")
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
  await stepShot(page, journey, "home")
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Shop" }).click()
  await expect(page.getByRole("heading", { name: "Shop", level: 1 })).toBeVisible()
  await page.getByRole("link", { name: /Classic Round Zafu/ }).first().click()
  await expect(page.getByRole("heading", { name: "Classic Round Zafu", level: 1 })).toBeVisible()

  // Choose kapok and sage: the address carries the choice, and opens on it for a friend.
  await page.getByRole("button", { name: /^Kapok/ }).click()
  await page.getByRole("button", { name: /^Sage/ }).click()
  await expect(page.getByText("$99.00")).toBeVisible()
  await expect(page).toHaveURL(/colour=sage/)
  await stepShot(page, journey, "product sage kapok")
  const friend = await (await browser.newContext()).newPage()
  await friend.goto(page.url())
  await expect(friend.getByRole("button", { name: /^Sage/ })).toHaveAttribute("aria-pressed", "true")
  await expect(friend.getByRole("button", { name: /^Kapok/ })).toHaveAttribute("aria-pressed", "true")
  await expect(friend.getByText("$99.00")).toBeVisible()
  await friend.context().close()

  await page.getByRole("button", { name: "Add to cart", exact: true }).click()
  await expect(page.getByText(/Added to your cart/)).toBeVisible()
  await expectCartCount(page, 1)
  await addToCart(page, "/us/products/wooden-mala", ["Rosewood"])
  await expectCartCount(page, 2)

  // The cart: the zafu shows its sage picture; the mala goes again; a promo code comes and goes.
  await page.getByRole("banner").getByRole("link", { name: /^Cart\b/ }).click()
  await expect(page.getByRole("img", { name: /Classic Round Zafu.*Sage/ })).toBeVisible()
  await page.getByRole("button", { name: "Remove Wooden Mala" }).click()
  await expectCartCount(page, 1)
  await page.getByLabel("Promo code").fill("WELCOME10")
  await page.getByRole("button", { name: "Apply" }).click()
  await expect(page.getByText("Discount", { exact: true })).toBeVisible()
  let totals = await readTotals(page)
  expect(totals).toMatchObject({ subtotal: 99, discount: 9.9 })
  await stepShot(page, journey, "cart with promo")
  await page.getByRole("button", { name: "Remove code WELCOME10" }).click()
  await expect(page.getByText("Discount", { exact: true })).toHaveCount(0)
  totals = await readTotals(page)
  expect(totals).toMatchObject({ subtotal: 99, discount: 0 })

  // An account, made mid-way: the cart comes along.
  await registerCustomer(page, "us", customer)
  await expectCartCount(page, 1)

  // Checkout, with a wrong ZIP first: the state chosen stays chosen.
  await page.goto("/us/cart")
  await page.getByRole("link", { name: "Go to checkout" }).click()
  const address = { email: customer.email, firstName: customer.firstName, lastName: customer.lastName, street: "500 Market Street", postcode: "9410", city: "San Francisco", state: "California" }
  await fillAddress(page, address)
  await page.getByRole("button", { name: "Continue to delivery" }).click()
  await expect(page.getByLabel("ZIP code")).toHaveAttribute("aria-invalid", "true")
  await expect(page.getByLabel("ZIP code")).toBeFocused()
  await expect(page.getByLabel("State")).toHaveValue(/ca$/i)
  await stepShot(page, journey, "checkout wrong zip")
  await checkoutToReview(page, "us", { ...address, postcode: "94105" })
  await stepShot(page, journey, "checkout review")
  const orderNumber = await placeOrder(page)

  // The confirmation: bank details, and totals with California's sales tax on top.
  await expect(page.getByRole("heading", { name: "Pay by bank transfer" })).toBeVisible()
  const confirmed = await readTotals(page)
  // $99 + $8 shipping, 7.25 % on both.
  expect(confirmed).toEqual({ subtotal: 99, discount: 0, shipping: 8, tax: 7.76, taxIncluded: false, refunded: 0, total: 114.76 })
  await stepShot(page, journey, "confirmation")

  // The account: the order, awaiting payment, with the same totals.
  await page.goto("/us/account/orders")
  const row = page.getByRole("row").filter({ hasText: `#${orderNumber}` })
  await expect(row).toContainText("awaiting payment")
  await expect(row).toContainText("$114.76")
  await row.getByRole("link", { name: `#${orderNumber}` }).click()
  await expect(page.getByRole("heading", { name: `Order #${orderNumber}` })).toBeVisible()
  expect(await readTotals(page)).toEqual(confirmed)
  await expect(page.getByRole("img", { name: /Classic Round Zafu.*Sage/ }).first()).toBeVisible()
  await stepShot(page, journey, "account order")
})
