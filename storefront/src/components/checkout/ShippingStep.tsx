"use client"
import { useActionState } from "react"
import { chooseShippingAction } from "@/lib/actions/checkout"
import { IDLE } from "@/lib/actions/state"
import { formatMoney } from "@/lib/format"
import type { ShippingOption } from "@/lib/medusa/types"
import { FieldError, FormMessage } from "@/components/ui/FormMessage"
import { SubmitButton } from "@/components/ui/SubmitButton"
import styles from "./Checkout.module.css"

export function ShippingStep({ options, selectedId }: { options: ShippingOption[]; selectedId: string | null }) {
  const [state, action] = useActionState(chooseShippingAction, IDLE)
  if (options.length === 0) return <p className="notice notice-error">We can't ship to this address. Please check the country.</p>
  return (
    <form action={action}>
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
