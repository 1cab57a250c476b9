import { addToCart, cartLink, checkoutToReview, expect, test, uniqueEmail } from "./shop"

test("a crafted ?next= after signing up keeps the browser in the shop", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin
  // "/\evil.example/x": a browser reads the backslash as a slash, so this once led off-site.
  await page.goto(`/us/account?next=${encodeURIComponent("/\\evil.example/x")}`)
  const register = page.getByRole("region", { name: "Create an account" })
  await register.getByLabel("First name").fill("Ada")
  await register.getByLabel("Last name").fill("Redirect")
  await register.getByLabel("Email").fill(uniqueEmail("next"))
  await register.getByLabel(/Password/).fill("a long passphrase")
  await register.getByRole("button", { name: "Create account" }).click()
  await expect(page.getByRole("heading", { name: "Hello, Ada" })).toBeVisible()
  expect(new URL(page.url()).origin).toBe(origin)
  expect(new URL(page.url()).pathname).toBe("/us/account")
})

test("a cart cookie that is not a cart id is ignored: an empty cart, not a backend call", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "sp_cart", value: "../../admin/users", url: baseURL! }])
  const response = await page.goto("/us/cart")
  expect(response?.status()).toBe(200)
  await expect(page.getByText("Your cart is empty.")).toBeVisible()
})

test("odd search parameters give a normal page or a 400, never an error", async ({ page, request }) => {
  for (const path of ["/us/search?q=zafu&page=1e300", "/us/search?q=%00", "/us/search?q=a%00b"]) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(200)
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
  }
  const typeahead = await request.get("/api/search?region=us&q=a%00b")
  expect(typeahead.status()).toBe(200)
  const tooLong = await request.get(`/api/search?region=us&q=${"zafu ".repeat(30)}`)
  expect(tooLong.status()).toBe(400)
  expect((await tooLong.json()).error).toMatch(/at most/)
})

test("a link to the payment-return page from anywhere does not place the visitor's order", async ({ page }) => {
  await addToCart(page, "/us/products/wooden-mala", ["Sandalwood"])
  const address = { email: uniqueEmail("return"), firstName: "Ada", lastName: "Forged", street: "500 Market Street", postcode: "94105", city: "San Francisco", state: "California" }
  await checkoutToReview(page, "us", address)
  // What another site could link to: Stripe's return, without the cart's own PaymentIntent.
  await page.goto("/us/checkout/payment-return?redirect_status=succeeded")
  await expect(page).toHaveURL(/\/us\/checkout$/)
  await expect(cartLink(page)).toContainText("1")
  await page.goto("/us/checkout/payment-return?redirect_status=succeeded&payment_intent=pi_someone_elses")
  await expect(page).toHaveURL(/\/us\/checkout$/)
  // No order: a placed order would have emptied the cart.
  await expect(cartLink(page)).toContainText("1")
  await expect(page.getByRole("heading", { name: "Your order" })).toBeVisible()
})

test("guessing passwords at the login form is stopped after ten tries, with how long to wait", async ({ page }) => {
  const email = uniqueEmail("guess")
  await page.goto("/us/account")
  const login = page.getByRole("region", { name: "Log in" })
  await login.getByLabel("Email").fill(email)
  const submit = login.getByRole("button", { name: "Log in", exact: true })
  for (let attempt = 1; attempt <= 10; attempt++) {
    await login.getByLabel("Password").fill(`guess number ${attempt}`)
    await submit.click()
    // The button reads "Logging in…" until the answer is back.
    await expect(submit).toBeVisible()
    await expect(login.getByText("That email and password don't match an account.")).toBeVisible()
  }
  await login.getByLabel("Password").fill("guess number 11")
  await submit.click()
  await expect(login.getByText(/Too many sign-in attempts\. Please wait 1[45] minutes and try again\./)).toBeVisible()
})
