/**
 * Without card payments the shop takes bank transfers (Medusa's system payment provider): offered
 * as a real way to pay, never as a "test", with the bank details on the order confirmation.
 */
import { addToCart, expect, fillAddress, placeOrder, placeOrderButton, test, uniqueEmail } from "./shop"

const TEST_WORD = /\btest/i

test("a guest pays by bank transfer and finds the bank details on the confirmation", async ({ page }) => {
  await addToCart(page, "/eu/products/wooden-mala", ["Sandalwood"])
  await page.goto("/eu/checkout")
  await fillAddress(page, {
    email: uniqueEmail("transfer"),
    firstName: "Jan",
    lastName: "de Vries",
    street: "Prinsengracht 263",
    postcode: "1016 GV",
    city: "Amsterdam",
    country: "Netherlands",
  })
  await page.getByRole("button", { name: "Continue to delivery" }).click()
  await page.getByRole("radio", { name: /Standard shipping/ }).check()
  await page.getByRole("button", { name: "Continue to payment" }).click()

  // Offered as what it is, with what happens next.
  const transfer = page.getByRole("radio", { name: /^Bank transfer/ })
  await expect(transfer).toBeChecked()
  await expect(page.getByText(/pay within 14 days/i)).toBeVisible()
  await expect(page.getByText(/ship as soon as your payment arrives/i)).toBeVisible()
  await expect(page.getByRole("main")).not.toContainText(TEST_WORD)

  await page.getByRole("button", { name: "Continue to review" }).click()
  await expect(placeOrderButton(page)).toBeVisible()
  await expect(page.getByRole("main")).toContainText("Bank transfer")
  await expect(page.getByRole("main")).not.toContainText(TEST_WORD)
  const total = (await placeOrderButton(page).innerText()).split("·")[1].trim()

  const orderNumber = await placeOrder(page)
  const instructions = page.getByRole("region", { name: "Pay by bank transfer" })
  await expect(instructions).toBeVisible()
  await expect(instructions).toContainText("Stillpoint Studio")
  await expect(instructions).toContainText(/IBAN\s*DE\d{2}(\s?\d{4}){4}\s?\d{2}/)
  await expect(instructions).toContainText(/BIC/)
  await expect(instructions).toContainText(`#${orderNumber}`)
  await expect(instructions).toContainText(total)
  await expect(instructions).toContainText(/within 14 days/)
  await expect(instructions).toContainText(/ship .* as soon as your payment arrives/i)
  await expect(page.getByRole("main")).not.toContainText(TEST_WORD)
})
