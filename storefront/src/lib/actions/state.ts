import type { FieldErrors } from "../validation"

/** What a form's server action returns to useActionState. */
export type FormState = {
  status: "idle" | "ok" | "error"
  message?: string
  errors?: FieldErrors
  /** The submitted values, so a failed form keeps what was typed. */
  values?: Record<string, string>
}

export const IDLE: FormState = { status: "idle" }

export function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [key, value] of form.entries()) {
    if (typeof value === "string" && !key.startsWith("$") && !/password/i.test(key)) values[key] = value
  }
  return values
}

/** The reset form's answer; `linkRefused` when Medusa turned the emailed token down. */
export type ResetPasswordState = FormState & { linkRefused?: boolean }
