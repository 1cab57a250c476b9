/**
 * The address step keeps what the shopper typed when a submit fails, shows what was saved
 * after it succeeds, and moves focus on to where the shopper continues.
 */
import { addToCart, expect, fillAddress, test, uniqueEmail } from "./shop"

test("a US shopper fixes a wrong ZIP, keeps the state they chose, and can update the saved address", async ({ page }) => {
  await addToCart(page, "/us/products/meditation-shawl", ["Oat"])
  await page.goto("/us/checkout")
  const email = uniqueEmail("zipfix")
  await fillAddress(page, {
    email,
    firstName: "Rosa",
    lastName: "Martinez",
    street: "500 Market Street",
    postcode: "9410",
    city: "San Francisco",
    state: "California",
  })
  await page.getByLabel("Phone").fill("415 555 0100")
  await page.getByRole("button", { name: "Continue to delivery" }).click()

  // The wrong ZIP is named and focused; everything else is as typed, the state included.
  await expect(page.getByText("Enter a valid postcode, for example 94103.")).toBeVisible()
  const zip = page.getByLabel("ZIP code")
  await expect(zip).toBeFocused()
  await expect(page.getByLabel("State")).toHaveValue("us-ca")
  await expect(page.getByLabel("Email")).toHaveValue(email)
  await expect(page.getByLabel("First name")).toHaveValue("Rosa")
  await expect(page.getByLabel("Street and number")).toHaveValue("500 Market Street")
  await expect(page.getByLabel("Phone")).toHaveValue("415 555 0100")

  // A second failed submit, with a separate billing address left empty: the box stays unticked.
  await zip.fill("94105")
  const billingSame = page.getByRole("checkbox", { name: "Billing address is the same as shipping" })
  await billingSame.uncheck()
  await page.getByRole("button", { name: "Continue to delivery" }).click()
  const billing = page.getByRole("group", { name: "Billing address" })
  await expect(billing.getByLabel("First name")).toBeFocused()
  await expect(billingSame).not.toBeChecked()
  const shipping = page.getByRole("group", { name: "Shipping address" })
  await expect(shipping.getByLabel("State")).toHaveValue("us-ca")
  await expect(shipping.getByLabel("ZIP code")).toHaveValue("94105")

  await billingSame.check()
  await page.getByRole("button", { name: "Continue to delivery" }).click()
  await expect(page.getByText("Address saved")).toBeVisible()
  // Focus moves on to the next step, and the form shows what was saved.
  await expect(page.getByRole("heading", { name: "Delivery", level: 2 })).toBeFocused()
  await expect(page.getByLabel("State")).toHaveValue("us-ca")
  await expect(page.getByLabel("ZIP code")).toHaveValue("94105")

  // "Update address" with one change: saved, and focus moves on again.
  await page.getByLabel("Apartment, floor, etc.").fill("Suite 4")
  await page.getByRole("button", { name: "Update address" }).click()
  await expect(page.getByRole("heading", { name: "Delivery", level: 2 })).toBeFocused()
  await expect(page.getByText("Choose a state.")).toHaveCount(0)
  await expect(page.getByLabel("State")).toHaveValue("us-ca")

  await page.getByRole("radio", { name: /Standard shipping/ }).check()
  await page.getByRole("button", { name: "Continue to payment" }).click()
  await expect(page.getByRole("heading", { name: "Payment", level: 2 })).toBeFocused()
  await page.getByRole("button", { name: "Continue to review" }).click()
  await expect(page.getByRole("heading", { name: "Review and place order", level: 2 })).toBeFocused()

  // The review shows the updated address, in California, to ship and to bill to.
  await expect(page.getByText("500 Market Street, Suite 4")).toHaveCount(2)
  await expect(page.getByText("94105 San Francisco, California")).toHaveCount(2)
})
