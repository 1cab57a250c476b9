/**
 * "Forgot your password?" end to end: the reset email arrives in the test inbox (MAIL_INBOX_URL,
 * the stack's local mail catcher), its link sets a new password once, and the customer logs in
 * with it. A link whose token was tampered with is refused, with a way to ask for a new one.
 */
import type { Page } from "@playwright/test"
import { MailInbox, type InboxMessage } from "../support/mail-inbox"
import { expect, registerCustomer, stepShot, test, uniqueEmail } from "./shop"

const inbox = () => {
  if (!process.env.MAIL_INBOX_URL) throw new Error("Set MAIL_INBOX_URL (npm test sets it)")
  return new MailInbox(process.env.MAIL_INBOX_URL)
}

/** The storefront's reset link in an email (the text part first; the HTML part escapes `&`). */
function resetLinkIn(message: InboxMessage): URL {
  for (const body of [message.text, message.html.replace(/&amp;/g, "&")]) {
    const link = body.match(/https?:\/\/[^\s"'<>]+\/account\/reset-password\?[^\s"'<>]+/)?.[0]
    if (link) return new URL(link)
  }
  throw new Error(`No reset link in the email "${message.subject}"`)
}

/** Registers, logs out, and asks for a reset link from the login form. Returns the emailed link. */
async function forgetPassword(page: Page, customer: { firstName: string; lastName: string; email: string; password: string }, journey?: string) {
  await registerCustomer(page, "us", customer)
  await page.getByRole("button", { name: "Log out" }).click()
  await page.waitForURL(/\/us$/)
  await page.goto("/us/account")
  await page.getByRole("region", { name: "Log in" }).getByRole("link", { name: "Forgot your password?" }).click()
  await expect(page.getByRole("heading", { name: "Reset your password", level: 1 })).toBeVisible()
  await page.getByLabel("Email").fill(customer.email)
  await page.getByRole("button", { name: "Send reset link" }).click()
  await expect(page.getByRole("main").getByRole("status")).toHaveText(
    `If an account exists for ${customer.email}, we've sent a link to reset the password. It expires in 15 minutes.`,
  )
  if (journey) await stepShot(page, journey, "link requested")
  const email = await inbox().waitForMessage(customer.email, /password/i, 30_000)
  const link = resetLinkIn(email)
  // The link is the storefront's, without a region, and names the account.
  expect(link.origin).toBe(new URL(page.url()).origin)
  expect(link.pathname).toBe("/account/reset-password")
  expect(link.searchParams.get("email")).toBe(customer.email)
  expect(link.searchParams.get("token")).toBeTruthy()
  return link
}

async function chooseNewPassword(page: Page, password: string) {
  await page.getByLabel("New password (at least 8 characters)").fill(password)
  await page.getByLabel("New password again").fill(password)
  await page.getByRole("button", { name: "Save new password" }).click()
}

test("a customer who forgot the password gets a link by email, sets a new one, and logs in with it", async ({ page }) => {
  const journey = "password-reset"
  const customer = { firstName: "Maya", lastName: "Lindqvist", email: uniqueEmail("reset"), password: "quiet-sitting-42" }
  const link = await forgetPassword(page, customer, journey)

  await page.goto(link.href)
  await expect(page).toHaveURL(/\/us\/account\/reset-password\?token=/)
  await expect(page.getByText(`Choose a new password for ${customer.email}.`)).toBeVisible()
  await stepShot(page, journey, "reset page")

  // The same rules as at registration, and the two must match.
  await chooseNewPassword(page, "short")
  await expect(page.getByText("Use at least 8 characters.")).toBeVisible()
  await page.getByLabel("New password (at least 8 characters)").fill("still-water-77")
  await page.getByLabel("New password again").fill("still-water-78")
  await page.getByRole("button", { name: "Save new password" }).click()
  await expect(page.getByText("The two passwords don't match.")).toBeVisible()

  await chooseNewPassword(page, "still-water-77")
  await expect(page.getByRole("heading", { name: "Your password is changed" })).toBeFocused()
  await stepShot(page, journey, "password changed")
  await expect(page.getByLabel("Email")).toHaveValue(customer.email)
  await page.getByLabel("Password", { exact: true }).fill("still-water-77")
  await page.getByRole("button", { name: "Log in" }).click()
  await expect(page.getByRole("heading", { name: "Hello, Maya" })).toBeVisible()

  // The link works once.
  await page.getByRole("button", { name: "Log out" }).click()
  await page.waitForURL(/\/us$/)
  await page.goto(link.href)
  await chooseNewPassword(page, "another-one-88")
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("This link has expired, has already been used, or isn't valid.")

  // The old password no longer works.
  await page.goto("/us/account")
  const login = page.getByRole("region", { name: "Log in" })
  await login.getByLabel("Email").fill(customer.email)
  await login.getByLabel("Password").fill(customer.password)
  await login.getByRole("button", { name: "Log in" }).click()
  await expect(page.getByText("That email and password don't match an account.")).toBeVisible()
})

test("a reset link whose token was tampered with is refused, with a way to ask for a new one", async ({ page }) => {
  const customer = { firstName: "Ines", lastName: "Okafor", email: uniqueEmail("reset-tampered"), password: "still-water-77" }
  const link = await forgetPassword(page, customer)
  const token = link.searchParams.get("token") ?? ""
  // Another signature: the payload still reads well, so only the backend can tell.
  const last = token.at(-2) === "A" ? "B" : "A"
  link.searchParams.set("token", `${token.slice(0, -2)}${last}${token.at(-1)}`)

  await page.goto(link.href)
  await chooseNewPassword(page, "forged-password-1")
  const refusal = page.getByRole("main").getByRole("alert")
  await expect(refusal).toHaveText("This link has expired, has already been used, or isn't valid.")
  await expect(refusal).toBeFocused()
  await page.getByRole("link", { name: "Ask for a new link" }).click()
  await expect(page.getByLabel("Email")).toHaveValue(customer.email)

  // The untouched token still works: the forged one did not use it up.
  link.searchParams.set("token", token)
  await page.goto(link.href)
  await chooseNewPassword(page, "still-water-78")
  await expect(page.getByRole("heading", { name: "Your password is changed" })).toBeVisible()
})

test("asking for a link for an unknown email says the same and sends nothing", async ({ page }) => {
  const email = uniqueEmail("nobody")
  await page.goto("/us/account/forgot-password")
  await page.getByLabel("Email").fill(email)
  await page.getByRole("button", { name: "Send reset link" }).click()
  await expect(page.getByRole("main").getByRole("status")).toHaveText(
    `If an account exists for ${email}, we've sent a link to reset the password. It expires in 15 minutes.`,
  )
  await page.waitForTimeout(3_000)
  expect(await inbox().messagesTo(email)).toEqual([])
})

test("an expired reset link says so when opened, and offers a new one", async ({ page }) => {
  const customer = { firstName: "Tomas", lastName: "Berg", email: uniqueEmail("reset-expired"), password: "slow-tide-58" }
  const link = await forgetPassword(page, customer)
  // The emailed token as it reads 16 minutes later: its expiry already past (Medusa's last 15).
  const [header, payload, signature] = (link.searchParams.get("token") ?? "").split(".")
  const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"))
  const expired = { ...claims, exp: Math.floor(Date.now() / 1000) - 60 }
  link.searchParams.set("token", [header, Buffer.from(JSON.stringify(expired)).toString("base64url"), signature].join("."))

  await page.goto(link.href)
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("This link has expired.")
  await expect(page.getByLabel("New password (at least 8 characters)")).toHaveCount(0)
  await page.getByRole("link", { name: "Ask for a new link" }).click()
  await expect(page.getByLabel("Email")).toHaveValue(customer.email)
})
