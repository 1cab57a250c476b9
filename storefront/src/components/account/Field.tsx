import type { FormState } from "@/lib/actions/state"
import { FieldError } from "@/components/ui/FormMessage"

/** A labelled input of an account form, showing its error from the form's state. */
export function Field({ form, name, label, type, autoComplete, state, defaultValue }: {
  form: string
  name: string
  label: string
  type: string
  autoComplete: string
  state: FormState
  /** Shown until the form is submitted; passwords are never refilled. */
  defaultValue?: string
}) {
  const id = `${form}-${name}`
  const error = state.errors?.[name]
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={type === "password" ? undefined : (state.values?.[name] ?? defaultValue)}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        aria-required
      />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  )
}
