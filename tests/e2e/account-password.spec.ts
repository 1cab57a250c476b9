/**
 * Password forms that need no email to check: "Change your password" in the account (the
 * current password and the new one twice), the forgot-password form's answers, and
 * reset links that are cut short, expired or forged. The emailed links themselves are
 * password-reset.spec.ts's.
 */
import { expect, registerCustomer, stepShot, test, uniqueEmail } from "./shop"

const journey = "account-password"
const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url")

/** A token shaped like Medusa's reset token, signed with a key the backend does not know. */
function forgedToken(email: string, expiresInSeconds: number) {
  const now = Math.floor(Date.now() / 1000)
  const claims = { entity_id: email, actor_type: "customer", provider: "emailpass", purpose: "reset", iat: now, exp: now + expiresInSeconds, jti: crypto.randomUUID() }
  return `${part({ alg: "HS256", typ: "JWT" })}.${part(claims)}.${Buffer.from("not the shop's signature, 32 bytes").toString("base64url")}`
}

const resetLink = (token: string, email: string) => `/account/reset-password?token=${encodeURIComponent(token)}&email=${encodeURIComponent(email)}`

test("a signed-in customer changes the password with the current one, then logs in with the new one", async ({ page }) => {
  const customer = { firstName: "Maya", lastName: "Lindqvist", email: uniqueEmail("change-password"), password: "quiet-sitting-42" }
  const newPassword = "still-sitting-43"
  await registerCustomer(page, "us", customer)
  const form = page.getByRole("region", { name: "Change your password" })
  const current = form.getByLabel("Current password")
  const chosen = form.getByLabel("New password (at least 8 characters)")
  const again = form.getByLabel("New password again")
  const change = form.getByRole("button", { name: "Change password" })

  await change.click()
  await expect(form.getByText("Enter your current password.")).toBeVisible()
  await expect(current).toBeFocused()
  await expect(current).toHaveAccessibleDescription("Enter your current password.")

  await current.fill(customer.password)
  await chosen.fill("short")
  await again.fill("shorter")
  await change.click()
  await expect(chosen).toHaveAccessibleDescription("Use at least 8 characters.")
  await expect(again).toHaveAccessibleDescription("The two passwords don't match.")
  await expect(chosen).toBeFocused()

  await current.fill("not-my-password")
  await chosen.fill(newPassword)
  await again.fill(newPassword)
  await change.click()
  await expect(current).toHaveAccessibleDescription("That isn't your current password.")
  await expect(current).toBeFocused()
  // The failed check did not log the customer out.
  await expect(page.getByRole("heading", { name: "Hello, Maya" })).toBeVisible()

  await current.fill(customer.password)
  await chosen.fill(newPassword)
  await again.fill(newPassword)
  await change.click()
  const changed = form.getByRole("status")
  await expect(changed).toHaveText("Your password is changed.")
  await expect(changed).toBeFocused()
  await stepShot(page, journey, "password changed")

  await page.getByRole("button", { name: "Log out" }).click()
  await page.waitForURL(/\/us$/)
  await page.goto("/us/account")
  const login = page.getByRole("region", { name: "Log in" })
  await login.getByLabel("Email").fill(customer.email)
  await login.getByLabel("Password").fill(customer.password)
  await login.getByRole("button", { name: "Log in" }).click()
  await expect(login.getByText("That email and password don't match an account.")).toBeVisible()
  await login.getByLabel("Password").fill(newPassword)
  await login.getByRole("button", { name: "Log in" }).click()
  await expect(page.getByRole("heading", { name: "Hello, Maya" })).toBeVisible()
})

test("the forgot-password form asks for a real email, then answers the same for any account", async ({ page }) => {
  await page.goto("/us/account")
  await page.getByRole("region", { name: "Log in" }).getByRole("link", { name: "Forgot your password?" }).click()
  await expect(page).toHaveURL(/\/us\/account\/forgot-password$/)
  const email = page.getByLabel("Email")
  const send = page.getByRole("button", { name: "Send reset link" })

  await send.click()
  await expect(page.getByText("Enter your email address.")).toBeVisible()
  await expect(email).toBeFocused()
  await email.fill("maya.example.com")
  await send.click()
  await expect(page.getByText("Enter an email address like name@example.com.")).toBeVisible()

  const unknown = uniqueEmail("nobody")
  await email.fill(unknown)
  await send.click()
  await expect(page.getByRole("main").getByRole("status")).toHaveText(
    `If an account exists for ${unknown}, we've sent a link to reset the password. It expires in 15 minutes.`,
  )
  await stepShot(page, journey, "forgot password answered")
})

test("reset links that are cut short, expired or forged are refused, with a way to a new one", async ({ page }) => {
  const email = uniqueEmail("forged")
  const refusal = page.getByRole("main").getByRole("alert")

  // Cut short: the email's link without a region comes to the region's page, keeping its query.
  const cut = forgedToken(email, 600).split(".").slice(0, 2).join(".")
  const response = await page.goto(resetLink(cut, email))
  const landed = new URL(page.url())
  expect(`${landed.pathname}${landed.search}`).toBe(`/us${resetLink(cut, email)}`)
  await expect(refusal).toHaveText("This link is incomplete or has been changed. Open the whole link from the email, or ask for a new one.")
  await expect(page.getByRole("link", { name: "Ask for a new link" })).toHaveAttribute("href", "/us/account/forgot-password")
  // Never cached, never indexed, and the token goes in no Referer.
  expect(response?.headers()["referrer-policy"]).toBe("no-referrer")
  expect(response?.headers()["cache-control"]).toContain("no-store")
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/)

  // Expired: said on opening, before a new password is typed in vain.
  await page.goto(resetLink(forgedToken(email, -60), email))
  await expect(refusal).toHaveText("This link has expired.")
  await page.getByRole("link", { name: "Ask for a new link" }).click()
  await expect(page.getByLabel("Email")).toHaveValue(email)

  // Forged: only the backend can tell, when the new password is sent.
  await page.goto(resetLink(forgedToken(email, 600), email))
  await expect(page.getByText(`Choose a new password for ${email}.`)).toBeVisible()
  await page.getByLabel("New password (at least 8 characters)").fill("forged-password-1")
  await page.getByLabel("New password again").fill("forged-password-1")
  await page.getByRole("button", { name: "Save new password" }).click()
  await expect(refusal).toHaveText("This link has expired, has already been used, or isn't valid.")
  await expect(refusal).toBeFocused()
  await expect(page.getByRole("link", { name: "Ask for a new link" })).toBeVisible()
  await stepShot(page, journey, "forged link refused")
})
