/**
 * The order confirmation email, as the buyer reads it: a guest's order arrives in the test inbox
 * (MAIL_INBOX_URL) with the same figures as the confirmation page, the bank details for a bank
 * transfer, and a link back to the order.
 */
import { MailInbox } from "../support/mail-inbox"
import { addToCart, checkout, expect, readTotals, stepShot, test, uniqueEmail } from "./shop"

test("a guest's order confirmation email shows the page's figures and links back to the order", async ({ page, browser }) => {
  if (!process.env.MAIL_INBOX_URL) throw new Error("Set MAIL_INBOX_URL (npm test sets it)")
  const email = uniqueEmail("order-email")
  await addToCart(page, "/us/products/classic-round-zafu", ["Buckwheat hulls", "Indigo"])
  // California sales tax 7.25 % on the $89 zafu and $8 shipping, added on top.
  const orderNumber = await checkout(page, "us", {
    email,
    firstName: "Rosa",
    lastName: "Imbert",
    street: "500 Market Street",
    postcode: "94105",
    city: "San Francisco",
    state: "California",
  })
  const shown = await readTotals(page)
  expect(shown).toEqual({ subtotal: 89, discount: 0, shipping: 8, tax: 7.03, taxIncluded: false, refunded: 0, total: 104.03 })

  const message = await new MailInbox(process.env.MAIL_INBOX_URL).waitForMessage(email, new RegExp(`order #${orderNumber}$`), 30_000)
  expect(message.subject).toBe(`Your Stillpoint order #${orderNumber}`)
  expect(message.text).toContain("$104.03")

  // The HTML part, opened as a mail client shows it.
  const mail = await browser.newPage()
  await mail.setContent(message.html)
  const read = (await mail.locator("body").innerText()).replace(/\s+/g, " ")
  for (const row of ["Subtotal $89.00", "Shipping $8.00", "Tax $7.03", "Total $104.03", "Quantity 1"]) expect(read).toContain(row)
  expect(read).toContain("Classic Round Zafu — Buckwheat hulls / Indigo")
  expect(read).toContain("Please transfer $104.03")
  expect(read).toContain("500 Market Street")
  await stepShot(mail, "order-email", "the email")

  // A guest has no account: the link opens the order's confirmation page.
  await mail.getByRole("link", { name: "View your order" }).click()
  await expect(mail.getByText(`Your order number is #${orderNumber}`)).toBeVisible()
  await mail.close()
})
