import assert from "node:assert/strict"
import { test } from "node:test"
import type { SavedAddress } from "./medusa/types"
import {
  addressFormValues,
  readAddress,
  readCheckoutAddresses,
  validateCheckoutAddresses,
  validateNewPassword,
  validatePasswordChoice,
  validatePostcode,
} from "./validation"

const form = (values: Record<string, string>) => {
  const data = new FormData()
  for (const [k, v] of Object.entries(values)) data.set(k, v)
  return data
}

const good = {
  email: "lena@example.com",
  "shipping.firstName": "Lena",
  "shipping.lastName": "Vogel",
  "shipping.address1": "Torstraße 12",
  "shipping.city": "Berlin",
  "shipping.postalCode": "10119",
  "shipping.countryCode": "de",
  billingSame: "on",
}

test("postcodes follow each country's format", () => {
  assert.equal(validatePostcode("de", "10119"), null)
  assert.match(validatePostcode("de", "1011") ?? "", /valid postcode/)
  assert.equal(validatePostcode("nl", "1012 AB"), null)
  assert.equal(validatePostcode("us", "94105-1234"), null)
  assert.match(validatePostcode("us", "ABCDE") ?? "", /94103/)
  assert.equal(validatePostcode("pt", "1100-148"), null)
})

test("a complete address passes; billing copies shipping when the box is ticked", () => {
  const input = readCheckoutAddresses(form(good))
  assert.deepEqual(validateCheckoutAddresses(input, ["de", "fr"]), {})
  assert.deepEqual(input.billing, input.shipping)
})

test("an empty form gets one message per missing field", () => {
  const errors = validateCheckoutAddresses(readCheckoutAddresses(form({ billingSame: "on" })), ["de"])
  assert.deepEqual(Object.keys(errors).sort(), [
    "email",
    "shipping.address1",
    "shipping.city",
    "shipping.countryCode",
    "shipping.firstName",
    "shipping.lastName",
  ])
})

test("a country outside the region, a US address without a state, and a separate billing address are checked", () => {
  assert.ok(validateCheckoutAddresses(readCheckoutAddresses(form({ ...good, "shipping.countryCode": "us" })), ["de"])["shipping.countryCode"])
  const us = { ...good, "shipping.countryCode": "us", "shipping.postalCode": "94105" }
  assert.equal(validateCheckoutAddresses(readCheckoutAddresses(form(us)), ["us"])["shipping.province"], "Choose a state.")
  const separate = { ...good, billingSame: "" }
  assert.ok(validateCheckoutAddresses(readCheckoutAddresses(form(separate)), ["de"])["billing.firstName"])
})

test("a saved address fills the form with exactly the values readAddress reads back", () => {
  const address = {
    firstName: "Maya",
    lastName: "Lindqvist",
    company: "",
    address1: "14 Quiet Lane",
    address2: "Flat 3",
    city: "New York",
    postalCode: "10011",
    province: "us-ny",
    countryCode: "us",
    phone: "",
  }
  const saved: SavedAddress = { ...address, id: "addr_1", isDefaultShipping: true }
  const values = addressFormValues("shipping", saved)
  assert.equal(values["shipping.province"], "us-ny")
  assert.equal(Object.keys(values).some((key) => key.endsWith(".id") || key.endsWith("Default")), false)
  assert.deepEqual(readAddress(form(values), "shipping"), address)
})

test("a new password needs 8 characters and the same again to confirm", () => {
  assert.equal(validateNewPassword("seven77"), "Use at least 8 characters.")
  assert.equal(validateNewPassword("eight888"), null)
  assert.deepEqual(validatePasswordChoice("eight888", "eight888"), {})
  assert.deepEqual(validatePasswordChoice("short", ""), { password: "Use at least 8 characters.", confirmPassword: "Enter the new password again." })
  assert.deepEqual(validatePasswordChoice("eight888", "eight889"), { confirmPassword: "The two passwords don't match." })
})
