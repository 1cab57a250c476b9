"use client"
import { useActionState, useState } from "react"
import { saveAddressesAction } from "@/lib/actions/checkout"
import { IDLE } from "@/lib/actions/state"
import type { Address, RegionKey } from "@/lib/medusa/types"
import { AddressFields } from "./AddressFields"
import { FieldError, FormMessage } from "@/components/ui/FormMessage"
import { SubmitButton } from "@/components/ui/SubmitButton"

type Props = {
  region: RegionKey
  countries: { code: string; name: string }[]
  email: string
  shipping: Partial<Address>
  billing: Partial<Address> | null
  done: boolean
}

export function AddressStep({ region, countries, email, shipping, billing, done }: Props) {
  const [state, action] = useActionState(saveAddressesAction, IDLE)
  const initiallySame = !billing || JSON.stringify(billing) === JSON.stringify(shipping)
  const [billingSame, setBillingSame] = useState(state.values ? state.values.billingSame === "on" : initiallySame)
  const emailError = state.errors?.email
  return (
    <form action={action} noValidate aria-describedby="address-message">
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
        <AddressFields
          prefix="shipping"
          countries={countries}
          defaults={shipping}
          values={state.values}
          errors={state.errors}
          autoCompleteSection="section-shipping shipping"
        />
      </fieldset>
      <label className="checkbox">
        <input type="checkbox" name="billingSame" checked={billingSame} onChange={(e) => setBillingSame(e.target.checked)} />
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
