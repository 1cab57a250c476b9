"use client"
import Link from "next/link"
import { useActionState, useRef } from "react"
import { loginAction } from "@/lib/actions/account"
import { IDLE } from "@/lib/actions/state"
import type { RegionKey } from "@/lib/medusa/types"
import { FormMessage } from "@/components/ui/FormMessage"
import { SubmitButton } from "@/components/ui/SubmitButton"
import { useFocusAfterSubmit } from "@/components/ui/useFocusAfterSubmit"
import { Field } from "./Field"
import styles from "./Account.module.css"

/** Logs in and goes to `next`; `email` fills the email field (after a password reset). */
export function LoginForm({ region, next, email }: { region: RegionKey; next: string; email?: string }) {
  const [state, login] = useActionState(loginAction, IDLE)
  const form = useRef<HTMLFormElement>(null)
  useFocusAfterSubmit(state, form)
  return (
    <form ref={form} action={login} noValidate>
      <input type="hidden" name="region" value={region} />
      <input type="hidden" name="next" value={next} />
      <FormMessage state={state} />
      <Field form="login" name="email" label="Email" type="email" autoComplete="email" state={state} defaultValue={email} />
      <Field form="login" name="password" label="Password" type="password" autoComplete="current-password" state={state} />
      <div className={styles.actions}>
        <SubmitButton pendingText="Logging in…" testId="login-submit">
          Log in
        </SubmitButton>
        <Link href={`/${region}/account/forgot-password`}>Forgot your password?</Link>
      </div>
    </form>
  )
}
