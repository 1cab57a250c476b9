import type { Address } from "@/lib/medusa/types"
import { US_STATES } from "@/lib/us-states"
import type { FieldErrors } from "@/lib/validation"
import { FieldError } from "@/components/ui/FormMessage"

type Props = {
  prefix: string
  countries: { code: string; name: string }[]
  defaults: Partial<Address>
  values?: Record<string, string>
  errors?: FieldErrors
  autoCompleteSection: string
}

/** Name, street, town, postcode, country (and state in the US), each with its own label and error. */
export function AddressFields({ prefix, countries, defaults, values, errors, autoCompleteSection }: Props) {
  const showStates = countries.some((c) => c.code === "us")
  const field = (name: keyof Address, label: string, autoComplete: string, options: { required?: boolean; full?: boolean; type?: string } = {}) => {
    const key = `${prefix}.${name}`
    const id = key.replace(".", "-")
    const error = errors?.[key]
    return (
      <div className={`field${options.full ? " full" : ""}`}>
        <label htmlFor={id}>
          {label}
          {!options.required && <span className="hint"> (optional)</span>}
        </label>
        <input
          id={id}
          name={key}
          type={options.type ?? "text"}
          autoComplete={`${autoCompleteSection} ${autoComplete}`}
          defaultValue={values?.[key] ?? String(defaults[name] ?? "")}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${id}-error` : undefined}
          aria-required={options.required}
        />
        <FieldError id={`${id}-error`} message={error} />
      </div>
    )
  }
  const select = (name: "countryCode" | "province", label: string, choices: { code: string; name: string }[], autoComplete: string) => {
    const key = `${prefix}.${name}`
    const id = key.replace(".", "-")
    const error = errors?.[key]
    const value = values?.[key] ?? (defaults[name] || (choices.length === 1 ? choices[0].code : ""))
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        {/* React applies a select's defaultValue only when it mounts, and resets the form to it
            after every action: keyed by the value, the select mounts anew whenever the value to
            show (what was typed, or what was saved) changes. */}
        <select
          key={value}
          id={id}
          name={key}
          autoComplete={`${autoCompleteSection} ${autoComplete}`}
          defaultValue={value}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${id}-error` : undefined}
          aria-required
        >
          <option value="">Choose…</option>
          {choices.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
        <FieldError id={`${id}-error`} message={error} />
      </div>
    )
  }
  return (
    <div className="form-grid">
      {field("firstName", "First name", "given-name", { required: true })}
      {field("lastName", "Last name", "family-name", { required: true })}
      {field("company", "Company", "organization", { full: true })}
      {field("address1", "Street and number", "address-line1", { required: true, full: true })}
      {field("address2", "Apartment, floor, etc.", "address-line2", { full: true })}
      {field("postalCode", showStates ? "ZIP code" : "Postcode", "postal-code", { required: true })}
      {field("city", "Town or city", "address-level2", { required: true })}
      {showStates && select("province", "State", US_STATES, "address-level1")}
      {select("countryCode", "Country", countries, "country")}
      {field("phone", "Phone", "tel", { type: "tel" })}
    </div>
  )
}
