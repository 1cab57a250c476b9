"use client"
import { useActionState, useRef, useState } from "react"
import { saveAddressesAction } from "@/lib/actions/checkout"
import { IDLE, type FormState } from "@/lib/actions/state"
import type { Address, RegionKey, SavedAddress } from "@/lib/medusa/types"
import { addressFormValues } from "@/lib/validation"
import { AddressFields } from "./AddressFields"
import { SavedAddressPicker } from "./SavedAddressPicker"
import { FieldError, FormMessage } from "@/components/ui/FormMessage"
import { SubmitButton } from "@/components/ui/SubmitButton"
import { useFocusAfterSubmit } from "@/components/ui/useFocusAfterSubmit"

type Props = {
  region: RegionKey
  regionName: string
  countries: { code: string; name: string }[]
  email: string
  shipping: Partial<Address>
  billing: Partial<Address> | null
  /** The signed-in customer's address book; empty for guests. */
  savedAddresses: SavedAddress[]
  done: boolean
  /** Where focus goes once the address is saved: the next step's heading. */
  nextId: string
}

export function AddressStep({ region, regionName, countries, email, shipping, billing, savedAddresses, done, nextId }: Props) {
  const [state, action] = useActionState(saveAddressesAction, IDLE)
  const form = useRef<HTMLFormElement>(null)
  useFocusAfterSubmit(state, form, nextId)
  const initiallySame = !billing || JSON.stringify(billing) === JSON.stringify(shipping)
  const [billingSame, setBillingSame] = useState(state.values ? state.values.billingSame === "on" : initiallySame)
  // A saved address chosen since the form last answered fills the shipping fields; the next answer
  // (what was submitted, or what was saved) takes over again.
  const [picked, setPicked] = useState<{ address: SavedAddress; after: FormState } | null>(null)
  const pickedNow = picked?.after === state ? picked.address : null
  const values = pickedNow ? { ...state.values, ...addressFormValues("shipping", pickedNow) } : state.values
  const emailError = state.errors?.email
  return (
    <form ref={form} action={action} noValidate aria-describedby="address-message">
      <input type="hidden" name="region" value={region} />
      <FormMessage state={state} id="address-message" />
      <div className="field">
        <label htmlFor="email">Email</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          defaultValue={state.values?.email ?? email}
          aria-invalid={Boolean(emailError)}
          aria-describedby={emailError ? "email-error" : "email-hint"}
          aria-required
        />
        <FieldError id="email-error" message={emailError} />
        {!emailError && (
          <p id="email-hint" className="hint">
            For the order confirmation and delivery updates.
          </p>
        )}
      </div>
      <fieldset>
        <legend>Shipping address</legend>
        {savedAddresses.length > 0 && (
          <SavedAddressPicker
            addresses={savedAddresses}
            countries={countries}
            regionName={regionName}
            selectedId={pickedNow?.id ?? ""}
            onPick={(address) => setPicked({ address, after: state })}
          />
        )}
        <AddressFields
          // A picked address remounts the fields, so they show it even where the shopper had typed.
          key={pickedNow?.id ?? "typed"}
          prefix="shipping"
          countries={countries}
          defaults={shipping}
          values={values}
          errors={pickedNow ? undefined : state.errors}
          autoCompleteSection="section-shipping shipping"
        />
      </fieldset>
      <label className="checkbox">
        {/* Uncontrolled, so that React's reset of the form after each answer keeps the box as the shopper left it. */}
        <input type="checkbox" name="billingSame" defaultChecked={billingSame} onChange={(e) => setBillingSame(e.target.checked)} />
        Billing address is the same as shipping
      </label>
      {!billingSame && (
        <fieldset>
          <legend>Billing address</legend>
          <AddressFields
            prefix="billing"
            countries={countries}
            defaults={billing ?? {}}
            values={state.values}
            errors={state.errors}
            autoCompleteSection="section-billing billing"
          />
        </fieldset>
      )}
      <SubmitButton pendingText="Saving…" testId="save-address">
        {done ? "Update address" : "Continue to delivery"}
      </SubmitButton>
    </form>
  )
}
