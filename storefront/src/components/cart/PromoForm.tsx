"use client"
import { useActionState } from "react"
import { applyPromoAction, removePromoAction } from "@/lib/actions/cart"
import { IDLE } from "@/lib/actions/state"
import { FieldError, FormMessage } from "@/components/ui/FormMessage"
import { SubmitButton } from "@/components/ui/SubmitButton"
import styles from "./Cart.module.css"

export function PromoForm({ codes }: { codes: string[] }) {
  const [state, apply] = useActionState(applyPromoAction, IDLE)
  const [removeState, remove] = useActionState(removePromoAction, IDLE)
  const error = state.errors?.code
  return (
    <div className={styles.promo}>
      <form action={apply} noValidate>
        <div className="field">
          <label htmlFor="promo-code">Promo code</label>
          <div className={styles.promoRow}>
            <input
              id="promo-code"
              name="code"
              autoComplete="off"
              defaultValue={state.values?.code ?? ""}
              aria-invalid={Boolean(error)}
              aria-describedby={error ? "promo-error" : undefined}
            />
            <SubmitButton className="button button-secondary" pendingText="Applying…">
              Apply
            </SubmitButton>
          </div>
          <FieldError id="promo-error" message={error} />
        </div>
        {state.status === "ok" && <FormMessage state={state} />}
      </form>
      {codes.length > 0 && (
        <ul className={styles.codes} aria-label="Applied promo codes">
          {codes.map((code) => (
            <li key={code}>
              <form action={remove}>
                <input type="hidden" name="code" value={code} />
                <span data-testid="applied-code">{code}</span>{" "}
                <SubmitButton className="link-button" pendingText="Removing…">
                  Remove<span className="visually-hidden"> code {code}</span>
                </SubmitButton>
              </form>
            </li>
          ))}
        </ul>
      )}
      {removeState.status === "error" && <FormMessage state={removeState} />}
    </div>
  )
}
