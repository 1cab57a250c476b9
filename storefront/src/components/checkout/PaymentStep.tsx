"use client"
import { useActionState, useRef } from "react"
import { choosePaymentAction } from "@/lib/actions/checkout"
import { IDLE } from "@/lib/actions/state"
import type { PaymentMethod } from "@/lib/medusa/types"
import { FieldError, FormMessage } from "@/components/ui/FormMessage"
import { SubmitButton } from "@/components/ui/SubmitButton"
import { useFocusAfterSubmit } from "@/components/ui/useFocusAfterSubmit"
import styles from "./Checkout.module.css"

type Props = {
  providers: PaymentMethod[]
  selectedId: string | null
  /** Where focus goes once the method is saved: the review step's heading. */
  nextId: string
}

/**
 * Choosing how to pay. Saving starts a payment session with the provider; for Stripe ("Card")
 * the card details are then entered in the review step, next to the place-order button.
 */
export function PaymentStep({ providers, selectedId, nextId }: Props) {
  const [state, action] = useActionState(choosePaymentAction, IDLE)
  const form = useRef<HTMLFormElement>(null)
  useFocusAfterSubmit(state, form, nextId)
  return (
    <form ref={form} action={action}>
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
              aria-labelledby={`${provider.id}-name`}
              aria-describedby={provider.description ? `${provider.id}-description` : undefined}
              required
            />
            <span id={`${provider.id}-name`} className={styles.choiceName}>
              {provider.label}
            </span>
            {provider.description && (
              <span id={`${provider.id}-description`} className={styles.choiceDescription}>
                {provider.description}
              </span>
            )}
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
