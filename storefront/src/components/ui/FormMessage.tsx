import type { FormState } from "@/lib/actions/state"

/**
 * The form-level message, announced to screen readers when it changes. Focusable from script
 * only, so useFocusAfterSubmit can move focus to it.
 */
export function FormMessage({ state, id }: { state: FormState; id?: string }) {
  return (
    <div
      id={id}
      tabIndex={-1}
      role={state.status === "error" ? "alert" : "status"}
      aria-live={state.status === "error" ? "assertive" : "polite"}
      className={state.message ? `notice ${state.status === "error" ? "notice-error" : "notice-ok"}` : undefined}
    >
      {state.message}
    </div>
  )
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null
  return (
    <p id={id} className="field-error">
      {message}
    </p>
  )
}
