/** Checkout and account form validation. Pure: the server actions use it, the tests check it. */
import { PASSWORD_MIN_LENGTH } from "@stillpoint/shop-contracts"
import type { Address } from "./medusa/types"
import { US_STATES } from "./us-states"

export type FieldErrors = Record<string, string>

const POSTCODE: Record<string, { pattern: RegExp; example: string }> = {
  us: { pattern: /^\d{5}(-\d{4})?$/, example: "94103" },
  de: { pattern: /^\d{5}$/, example: "10115" },
  fr: { pattern: /^\d{5}$/, example: "75001" },
  it: { pattern: /^\d{5}$/, example: "00184" },
  es: { pattern: /^\d{5}$/, example: "28001" },
  fi: { pattern: /^\d{5}$/, example: "00100" },
  nl: { pattern: /^\d{4}\s?[A-Za-z]{2}$/, example: "1012 AB" },
  be: { pattern: /^\d{4}$/, example: "1000" },
  at: { pattern: /^\d{4}$/, example: "1010" },
  pt: { pattern: /^\d{4}-\d{3}$/, example: "1100-148" },
  ie: { pattern: /^[A-Za-z]\d[\dWw]\s?[A-Za-z\d]{4}$/, example: "D02 X285" },
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function validatePostcode(countryCode: string, postcode: string): string | null {
  const rule = POSTCODE[countryCode]
  if (!postcode.trim()) return "Enter a postcode."
  if (rule && !rule.pattern.test(postcode.trim())) return `Enter a valid postcode, for example ${rule.example}.`
  return null
}

export function validateEmail(email: string): string | null {
  if (!email.trim()) return "Enter your email address."
  return EMAIL.test(email.trim()) ? null : "Enter an email address like name@example.com."
}

/** The one rule for a password the customer chooses: at registration, resetting or changing it (the backend checks it too). */
export function validateNewPassword(password: string): string | null {
  return password.length < PASSWORD_MIN_LENGTH ? `Use at least ${PASSWORD_MIN_LENGTH} characters.` : null
}

/** A new password typed twice; errors keyed "password" and "confirmPassword". */
export function validatePasswordChoice(password: string, confirmPassword: string): FieldErrors {
  const errors: FieldErrors = {}
  const rule = validateNewPassword(password)
  if (rule) errors.password = rule
  if (!confirmPassword) errors.confirmPassword = "Enter the new password again."
  else if (confirmPassword !== password) errors.confirmPassword = "The two passwords don't match."
  return errors
}

type Form = { get(name: string): FormDataEntryValue | null }
const text = (form: Form, name: string) => String(form.get(name) ?? "").trim()

export function readAddress(form: Form, prefix: string): Address {
  return {
    firstName: text(form, `${prefix}.firstName`),
    lastName: text(form, `${prefix}.lastName`),
    company: text(form, `${prefix}.company`),
    address1: text(form, `${prefix}.address1`),
    address2: text(form, `${prefix}.address2`),
    city: text(form, `${prefix}.city`),
    postalCode: text(form, `${prefix}.postalCode`).toUpperCase(),
    province: text(form, `${prefix}.province`),
    countryCode: text(form, `${prefix}.countryCode`).toLowerCase(),
    phone: text(form, `${prefix}.phone`),
  }
}

/** The form values (`${prefix}.firstName` → "Maya") that show an address in AddressFields; readAddress's inverse. */
export function addressFormValues(prefix: string, address: Address): Record<string, string> {
  // Only the address's own fields: a SavedAddress also carries its id and flags.
  const { firstName, lastName, company, address1, address2, city, postalCode, province, countryCode, phone } = address
  const fields = { firstName, lastName, company, address1, address2, city, postalCode, province, countryCode, phone }
  return Object.fromEntries(Object.entries(fields).map(([field, value]) => [`${prefix}.${field}`, value]))
}

/** Errors keyed by the field's name ("shipping.postalCode"); empty when the address is fine. */
export function validateAddress(address: Address, prefix: string, allowedCountries: string[]): FieldErrors {
  const errors: FieldErrors = {}
  const need = (field: keyof Address, message: string) => {
    if (!address[field]) errors[`${prefix}.${field}`] = message
  }
  need("firstName", "Enter a first name.")
  need("lastName", "Enter a last name.")
  need("address1", "Enter a street address.")
  need("city", "Enter a town or city.")
  if (!allowedCountries.includes(address.countryCode)) {
    errors[`${prefix}.countryCode`] = "Choose a country we ship to in this region."
  } else {
    const postcode = validatePostcode(address.countryCode, address.postalCode)
    if (postcode) errors[`${prefix}.postalCode`] = postcode
    if (address.countryCode === "us" && !US_STATES.some((s) => s.code === address.province)) {
      errors[`${prefix}.province`] = "Choose a state."
    }
  }
  if (address.phone && !/^[+()\d\s-]{6,20}$/.test(address.phone)) {
    errors[`${prefix}.phone`] = "Enter a phone number with digits only, or leave it empty."
  }
  return errors
}

export type CheckoutAddressInput = {
  email: string
  shipping: Address
  billingSame: boolean
  billing: Address
}

export function readCheckoutAddresses(form: Form): CheckoutAddressInput {
  const shipping = readAddress(form, "shipping")
  const billingSame = form.get("billingSame") === "on"
  return {
    email: text(form, "email"),
    shipping,
    billingSame,
    billing: billingSame ? shipping : readAddress(form, "billing"),
  }
}

export function validateCheckoutAddresses(input: CheckoutAddressInput, allowedCountries: string[]): FieldErrors {
  const errors: FieldErrors = { ...validateAddress(input.shipping, "shipping", allowedCountries) }
  const email = validateEmail(input.email)
  if (email) errors.email = email
  if (!input.billingSame) {
    // Billing may be anywhere; only the shipping address must be in the region.
    Object.assign(errors, validateAddress(input.billing, "billing", Object.keys(POSTCODE).concat(allowedCountries)))
  }
  return errors
}
