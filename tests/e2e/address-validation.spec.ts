import { addToCart, expect, fillAddress, placeOrderButton, test } from "./shop"

test("an empty or invalid address shows field errors, keeps what was typed and places no order", async ({ page }) => {
  await addToCart(page, "/eu/products/wooden-mala", ["Sandalwood"])
  await page.goto("/eu/checkout")
  const save = page.getByRole("button", { name: "Continue to delivery" })

  await save.click()
  await expect(page.getByText(/Please correct the \d+ highlighted fields/)).toBeVisible()
  await expect(page.getByText("Enter your email address.")).toBeVisible()
  await expect(page.getByText("Enter a first name.")).toBeVisible()
  await expect(page.getByText("Enter a street address.")).toBeVisible()
  await expect(page.getByLabel("First name")).toHaveAttribute("aria-invalid", "true")
  // Focus goes to the first field to correct, not back to the top of the page.
  await expect(page.getByLabel("Email")).toBeFocused()

  await fillAddress(page, {
    email: "someone@example.com",
    firstName: "Jan",
    lastName: "de Vries",
    street: "Prinsengracht 263",
    postcode: "ABCDE",
    city: "Amsterdam",
    country: "Netherlands",
  })
  await save.click()
  await expect(page.getByText(/Enter a valid postcode, for example 1012 AB/)).toBeVisible()
  await expect(page.getByLabel("Postcode")).toHaveAttribute("aria-invalid", "true")
  await expect(page.getByLabel("Postcode")).toBeFocused()
  // The typed values stay in the form, the chosen country too.
  await expect(page.getByLabel("Street and number")).toHaveValue("Prinsengracht 263")
  await expect(page.getByLabel("Postcode")).toHaveValue("ABCDE")
  await expect(page.getByLabel("Country")).toHaveValue("nl")

  // Nothing moved on: no delivery choice, no order button, the cart is still there.
  await expect(page.getByText("Enter your address first.")).toBeVisible()
  await expect(placeOrderButton(page)).toHaveCount(0)
  await page.goto("/eu/cart")
  await expect(page.getByTestId("cart-line")).toHaveCount(1)
})
