"use client"
import { useActionState } from "react"
import { registerAction } from "@/lib/actions/account"
import { IDLE } from "@/lib/actions/state"
import type { RegionKey } from "@/lib/medusa/types"
import { FormMessage } from "@/components/ui/FormMessage"
import { SubmitButton } from "@/components/ui/SubmitButton"
import { Field } from "./Field"
import { LoginForm } from "./LoginForm"
import styles from "./Account.module.css"

export function AuthForms({ region, next }: { region: RegionKey; next: string }) {
  const [registerState, register] = useActionState(registerAction, IDLE)
  return (
    <div className={styles.auth}>
      <section className="card" aria-labelledby="login-heading">
        <h2 id="login-heading">Log in</h2>
        <LoginForm region={region} next={next} />
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
