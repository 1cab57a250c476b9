"use client"
import { useActionState } from "react"
import { choosePaymentAction } from "@/lib/actions/checkout"
import { IDLE } from "@/lib/actions/state"
import { FieldError, FormMessage } from "@/components/ui/FormMessage"
import { SubmitButton } from "@/components/ui/SubmitButton"
import styles from "./Checkout.module.css"

type Provider = { id: string; label: string }

/**
 * Choosing how to pay. Saving starts a payment session with the provider; for Stripe ("Card")
 * the card details are then entered in the review step, next to the place-order button.
 */
export function PaymentStep({ providers, selectedId }: { providers: Provider[]; selectedId: string | null }) {
  const [state, action] = useActionState(choosePaymentAction, IDLE)
  return (
    <form action={action}>
      <FormMessage state={state} />
      <fieldset>
        <legend className="visually-hidden">Payment method</legend>
        {providers.map((provider, index) => (
          <label key={provider.id} className={styles.choice}>
            <input
              type="radio"
              name="provider"
              value={provider.id}
              defaultChecked={provider.id === selectedId || (!selectedId && index === 0)}
              required
            />
            <span className={styles.choiceName}>{provider.label}</span>
          </label>
        ))}
        <FieldError id="provider-error" message={state.errors?.provider} />
      </fieldset>
      <SubmitButton pendingText="Saving…" testId="save-payment">
        {selectedId ? "Update payment" : "Continue to review"}
      </SubmitButton>
    </form>
  )
}
