"use client"
import { useActionState, useRef } from "react"
import { chooseShippingAction } from "@/lib/actions/checkout"
import { IDLE } from "@/lib/actions/state"
import { formatMoney } from "@/lib/format"
import type { ShippingOption } from "@/lib/medusa/types"
import { FieldError, FormMessage } from "@/components/ui/FormMessage"
import { SubmitButton } from "@/components/ui/SubmitButton"
import { useFocusAfterSubmit } from "@/components/ui/useFocusAfterSubmit"
import styles from "./Checkout.module.css"

type Props = {
  options: ShippingOption[]
  selectedId: string | null
  /** Where focus goes once the option is saved: the next step's heading. */
  nextId: string
}

export function ShippingStep({ options, selectedId, nextId }: Props) {
  const [state, action] = useActionState(chooseShippingAction, IDLE)
  const form = useRef<HTMLFormElement>(null)
  useFocusAfterSubmit(state, form, nextId)
  if (options.length === 0) return <p className="notice notice-error">We can't ship to this address. Please check the country.</p>
  return (
    <form ref={form} action={action}>
      <FormMessage state={state} />
      <fieldset aria-describedby={state.errors?.shippingOption ? "shipping-error" : undefined}>
        <legend className="visually-hidden">Delivery option</legend>
        {options.map((option) => (
          <label key={option.id} className={styles.choice}>
            <input type="radio" name="shippingOption" value={option.id} defaultChecked={option.id === selectedId} required />
            <span className={styles.choiceName}>{option.name}</span>
            <span className={styles.choicePrice}>{option.amount.amount === 0 ? "Free" : formatMoney(option.amount)}</span>
          </label>
        ))}
        <FieldError id="shipping-error" message={state.errors?.shippingOption} />
      </fieldset>
      <SubmitButton pendingText="Saving…" testId="save-shipping">
        {selectedId ? "Update delivery" : "Continue to payment"}
      </SubmitButton>
    </form>
  )
}
