"use client"
import { useActionState } from "react"
import { loginAction, registerAction } from "@/lib/actions/account"
import { IDLE, type FormState } from "@/lib/actions/state"
import type { RegionKey } from "@/lib/medusa/types"
import { FieldError, FormMessage } from "@/components/ui/FormMessage"
import { SubmitButton } from "@/components/ui/SubmitButton"
import styles from "./Account.module.css"

function Field({ form, name, label, type, autoComplete, state }: {
  form: string
  name: string
  label: string
  type: string
  autoComplete: string
  state: FormState
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
        defaultValue={type === "password" ? undefined : state.values?.[name]}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        aria-required
      />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  )
}

export function AuthForms({ region, next }: { region: RegionKey; next: string }) {
  const [loginState, login] = useActionState(loginAction, IDLE)
  const [registerState, register] = useActionState(registerAction, IDLE)
  return (
    <div className={styles.auth}>
      <section className="card" aria-labelledby="login-heading">
        <h2 id="login-heading">Log in</h2>
        <form action={login} noValidate>
          <input type="hidden" name="region" value={region} />
          <input type="hidden" name="next" value={next} />
          <FormMessage state={loginState} />
          <Field form="login" name="email" label="Email" type="email" autoComplete="email" state={loginState} />
          <Field form="login" name="password" label="Password" type="password" autoComplete="current-password" state={loginState} />
          <SubmitButton pendingText="Logging in…" testId="login-submit">
            Log in
          </SubmitButton>
        </form>
      </section>
      <section className="card" aria-labelledby="register-heading">
        <h2 id="register-heading">Create an account</h2>
        <p className="muted">See your orders and keep your addresses for next time.</p>
        <form action={register} noValidate>
          <input type="hidden" name="region" value={region} />
          <input type="hidden" name="next" value={next} />
          <FormMessage state={registerState} />
          <div className="form-grid">
            <Field form="register" name="firstName" label="First name" type="text" autoComplete="given-name" state={registerState} />
            <Field form="register" name="lastName" label="Last name" type="text" autoComplete="family-name" state={registerState} />
          </div>
          <Field form="register" name="email" label="Email" type="email" autoComplete="email" state={registerState} />
          <Field form="register" name="password" label="Password (at least 8 characters)" type="password" autoComplete="new-password" state={registerState} />
          <SubmitButton pendingText="Creating your account…" testId="register-submit">
            Create account
          </SubmitButton>
        </form>
      </section>
    </div>
  )
}
