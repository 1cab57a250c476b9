/**
 * A customer's saved addresses: added, edited and removed in the account (the form keeps what was typed
 * when it fails), and chosen at checkout, where only addresses in the shop's region can be used.
 */
import type { Page } from "@playwright/test"
import { addToCart, expect, registerCustomer, test, uniqueEmail } from "./shop"

type Fields = { street: string; postcode: string; city: string; state?: string; country?: string }

async function fillAddressForm(scope: ReturnType<Page["getByRole"]>, fields: Fields) {
  await scope.getByLabel("First name").fill("Maya")
  await scope.getByLabel("Last name").fill("Lindqvist")
  await scope.getByLabel("Street and number").fill(fields.street)
  await scope.getByLabel(/Postcode|ZIP code/).fill(fields.postcode)
  await scope.getByLabel("Town or city").fill(fields.city)
  if (fields.state) await scope.getByLabel("State").selectOption({ label: fields.state })
  if (fields.country) await scope.getByLabel("Country").selectOption({ label: fields.country })
}

test("a customer edits a saved address and ships to a saved address at checkout", async ({ page }) => {
  await registerCustomer(page, "us", { firstName: "Maya", lastName: "Lindqvist", email: uniqueEmail("saved"), password: "quiet-sitting-42" })

  // An address in Germany, saved in the EU shop.
  await page.goto("/eu/account/addresses")
  const addEu = page.getByRole("region", { name: "Add an address" })
  await fillAddressForm(addEu, { street: "Torstraße 12", postcode: "10119", city: "Berlin", country: "Germany" })
  await addEu.getByRole("button", { name: "Save address" }).click()
  await expect(page.getByText("Address saved.")).toBeVisible()

  // Two in the US; the first with a wrong ZIP at first, which keeps the chosen state.
  await page.goto("/us/account/addresses")
  const add = page.getByRole("region", { name: "Add an address" })
  await fillAddressForm(add, { street: "12 Quiet Lane", postcode: "1000", city: "New York", state: "New York" })
  await add.getByRole("button", { name: "Save address" }).click()
  await expect(add.getByLabel("ZIP code")).toBeFocused()
  await expect(add.getByLabel("State")).toHaveValue("us-ny")
  await expect(add.getByLabel("Street and number")).toHaveValue("12 Quiet Lane")
  await add.getByLabel("ZIP code").fill("10001")
  await add.getByRole("button", { name: "Save address" }).click()
  await expect(page.getByText("Address saved.")).toBeVisible()
  await expect(page.getByRole("button", { name: "Edit address 12 Quiet Lane" })).toBeVisible()
  await fillAddressForm(add, { street: "500 Market Street", postcode: "94105", city: "San Francisco", state: "California" })
  await add.getByRole("button", { name: "Save address" }).click()
  await expect(page.getByRole("button", { name: "Edit address 500 Market Street" })).toBeVisible()

  // Edit the first: the form opens with the saved values, the state included.
  await page.getByRole("button", { name: "Edit address 12 Quiet Lane" }).click()
  const edit = page.getByRole("form", { name: "Edit address 12 Quiet Lane" })
  await expect(edit.getByLabel("Street and number")).toHaveValue("12 Quiet Lane")
  await expect(edit.getByLabel("State")).toHaveValue("us-ny")
  await edit.getByLabel("Street and number").fill("14 Quiet Lane")
  await edit.getByLabel("ZIP code").fill("1001")
  await edit.getByRole("button", { name: "Save changes" }).click()
  await expect(edit.getByText("Enter a valid postcode, for example 94103.")).toBeVisible()
  await expect(edit.getByLabel("ZIP code")).toBeFocused()
  await expect(edit.getByLabel("State")).toHaveValue("us-ny")
  await expect(edit.getByLabel("Street and number")).toHaveValue("14 Quiet Lane")
  await edit.getByLabel("ZIP code").fill("10011")
  await edit.getByLabel("Apartment, floor, etc.").fill("Flat 3")
  await edit.getByRole("button", { name: "Save changes" }).click()
  await expect(page.getByText("Address updated.")).toBeVisible()
  await expect(edit).toHaveCount(0)
  await expect(page.getByText("14 Quiet Lane, Flat 3")).toBeVisible()
  await expect(page.getByText("12 Quiet Lane")).toHaveCount(0)
  await page.reload()
  await expect(page.getByText("14 Quiet Lane, Flat 3")).toBeVisible()
  await expect(page.getByText("10011 New York, New York")).toBeVisible()

  // At checkout: the US addresses can be chosen, the German one is listed but can't be.
  await addToCart(page, "/us/products/meditation-shawl", ["Oat"])
  await page.goto("/us/checkout")
  const saved = page.getByLabel("Use a saved address")
  await expect(saved.getByRole("option", { name: /Torstraße 12/ })).toBeDisabled()
  await expect(page.getByText("Addresses outside United States can't be used for this order.", { exact: false })).toBeVisible()

  await saved.selectOption({ label: "Maya Lindqvist, 500 Market Street, 94105 San Francisco" })
  await expect(page.getByLabel("Street and number")).toHaveValue("500 Market Street")
  await expect(page.getByLabel("State")).toHaveValue("us-ca")
  await saved.selectOption({ label: "Maya Lindqvist, 14 Quiet Lane, 10011 New York" })
  await expect(page.getByLabel("Street and number")).toHaveValue("14 Quiet Lane")
  await expect(page.getByLabel("Apartment, floor, etc.")).toHaveValue("Flat 3")
  await expect(page.getByLabel("ZIP code")).toHaveValue("10011")
  await expect(page.getByLabel("State")).toHaveValue("us-ny")

  await page.getByRole("button", { name: "Continue to delivery" }).click()
  await expect(page.getByRole("heading", { name: "Delivery", level: 2 })).toBeFocused()
  await page.getByRole("radio", { name: /Standard shipping/ }).check()
  await page.getByRole("button", { name: "Continue to payment" }).click()
  await page.getByRole("button", { name: "Continue to review" }).click()
  await expect(page.getByText("14 Quiet Lane, Flat 3")).toHaveCount(2)
  await expect(page.getByText("10011 New York, New York")).toHaveCount(2)

  // Removing one leaves the others, after a reload too, and checkout no longer offers it.
  await page.goto("/us/account/addresses")
  await page.getByRole("button", { name: "Remove address 500 Market Street" }).click()
  await expect(page.getByRole("button", { name: "Edit address 500 Market Street" })).toHaveCount(0)
  await page.reload()
  await expect(page.getByText("500 Market Street")).toHaveCount(0)
  await expect(page.getByRole("button", { name: "Edit address 14 Quiet Lane" })).toBeVisible()
  await expect(page.getByRole("button", { name: "Edit address Torstraße 12" })).toBeVisible()
  await page.goto("/us/checkout")
  await expect(page.getByLabel("Use a saved address").getByRole("option", { name: /500 Market Street/ })).toHaveCount(0)
  await expect(page.getByLabel("Use a saved address").getByRole("option", { name: /14 Quiet Lane/ })).toHaveCount(1)
})
