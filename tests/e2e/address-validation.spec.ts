import { addToCart, expect, fillAddress, test } from "./shop"

test("an empty or invalid address shows field errors and places no order", async ({ page }) => {
  await addToCart(page, "/eu/products/wooden-mala", ["Sandalwood"])
  await page.goto("/eu/checkout")

  await page.getByTestId("save-address").click()
  await expect(page.locator("#address-message")).toContainText("highlighted fields")
  await expect(page.getByText("Enter your email address.")).toBeVisible()
  await expect(page.getByText("Enter a first name.")).toBeVisible()
  await expect(page.getByText("Enter a street address.")).toBeVisible()
  await expect(page.getByLabel("First name")).toHaveAttribute("aria-invalid", "true")

  await fillAddress(page, {
    email: "someone@example.com",
    firstName: "Jan",
    lastName: "de Vries",
    street: "Prinsengracht 263",
    postcode: "ABCDE",
    city: "Amsterdam",
    country: "Netherlands",
  })
  await page.getByTestId("save-address").click()
  await expect(page.getByText(/Enter a valid postcode, for example 1012 AB/)).toBeVisible()
  await expect(page.getByLabel("Postcode")).toHaveAttribute("aria-invalid", "true")
  // The typed values stay in the form.
  await expect(page.getByLabel("Street and number")).toHaveValue("Prinsengracht 263")

  // Nothing moved on: no delivery choice, no order button, the cart is still there.
  await expect(page.getByText("Enter your address first.")).toBeVisible()
  await expect(page.getByTestId("place-order")).toHaveCount(0)
  await page.goto("/eu/cart")
  await expect(page.getByTestId("cart-line")).toHaveCount(1)
})
