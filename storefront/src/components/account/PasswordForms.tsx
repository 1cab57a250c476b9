"use client"
import Link from "next/link"
import { useActionState, useEffect, useRef } from "react"
import { changePasswordAction, requestPasswordResetAction, resetPasswordAction } from "@/lib/actions/account"
import { IDLE, type ResetPasswordState } from "@/lib/actions/state"
import type { RegionKey } from "@/lib/medusa/types"
import { RESET_LINK_MINUTES } from "@/lib/password-reset"
import { FormMessage } from "@/components/ui/FormMessage"
import { SubmitButton } from "@/components/ui/SubmitButton"
import { useFocusAfterSubmit } from "@/components/ui/useFocusAfterSubmit"
import { Field } from "./Field"
import { LoginForm } from "./LoginForm"
import styles from "./Account.module.css"

const forgotPasswordPath = (region: RegionKey, email?: string) =>
  `/${region}/account/forgot-password${email ? `?email=${encodeURIComponent(email)}` : ""}`

/** Asks for a reset link. Its answer is the same whether or not the account exists. */
export function ForgotPasswordForm({ region, email }: { region: RegionKey; email?: string }) {
  const [state, request] = useActionState(requestPasswordResetAction, IDLE)
  const form = useRef<HTMLFormElement>(null)
  useFocusAfterSubmit(state, form)
  return (
    <form ref={form} action={request} noValidate>
      <FormMessage state={state} />
      <Field form="forgot" name="email" label="Email" type="email" autoComplete="email" state={state} defaultValue={email} />
      <div className={styles.actions}>
        <SubmitButton pendingText="Sending…">Send reset link</SubmitButton>
        <Link href={`/${region}/account`}>Back to log in</Link>
      </div>
    </form>
  )
}

const REFUSED_ID = "reset-link-refused"

/** Why a reset link can't be used, and the way to a new one. */
export function ResetLinkRefused({ region, email, message }: { region: RegionKey; email?: string; message: string }) {
  return (
    <div className="stack">
      <p className="notice notice-error" role="alert" id={REFUSED_ID} tabIndex={-1}>
        {message}
      </p>
      <p>Reset links work once, for {RESET_LINK_MINUTES} minutes, and only the newest one you asked for.</p>
      <p>
        <Link className="button" href={forgotPasswordPath(region, email)}>
          Ask for a new link
        </Link>
      </p>
    </div>
  )
}

/** The new password, typed twice, for the account the emailed token names. */
export function ResetPasswordForm({ region, token, email }: { region: RegionKey; token: string; email: string }) {
  const [state, reset] = useActionState<ResetPasswordState, FormData>(resetPasswordAction, IDLE)
  const form = useRef<HTMLFormElement>(null)
  useFocusAfterSubmit(state, form, "password-changed")
  // A refused link replaces the form, so useFocusAfterSubmit finds nothing in it to focus.
  useEffect(() => {
    if (state.linkRefused) document.getElementById(REFUSED_ID)?.focus()
  }, [state])
  if (state.linkRefused) return <ResetLinkRefused region={region} email={email} message={state.message ?? ""} />
  if (state.status === "ok") {
    return (
      <section aria-labelledby="password-changed">
        <h2 id="password-changed" tabIndex={-1}>
          Your password is changed
        </h2>
        <p>Log in with your new password.</p>
        <LoginForm region={region} next={`/${region}/account`} email={email} />
      </section>
    )
  }
  return (
    <form ref={form} action={reset} noValidate>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="email" value={email} />
      <p>
        Choose a new password for <strong>{email}</strong>.
      </p>
      <FormMessage state={state} />
      {/* Tells password managers which account the password is for. */}
      <input type="email" value={email} autoComplete="username" readOnly hidden />
      <Field form="reset" name="password" label="New password (at least 8 characters)" type="password" autoComplete="new-password" state={state} />
      <Field form="reset" name="confirmPassword" label="New password again" type="password" autoComplete="new-password" state={state} />
      <SubmitButton pendingText="Saving…">Save new password</SubmitButton>
    </form>
  )
}

/** The signed-in customer's "change password": the current one, and the new one typed twice. */
export function ChangePasswordForm({ email }: { email: string }) {
  const [state, change] = useActionState(changePasswordAction, IDLE)
  const form = useRef<HTMLFormElement>(null)
  useFocusAfterSubmit(state, form)
  return (
    <form ref={form} action={change} noValidate>
      <FormMessage state={state} />
      {/* Tells password managers which account the passwords are for. */}
      <input type="email" value={email} autoComplete="username" readOnly hidden />
      <Field form="change" name="currentPassword" label="Current password" type="password" autoComplete="current-password" state={state} />
      <Field form="change" name="password" label="New password (at least 8 characters)" type="password" autoComplete="new-password" state={state} />
      <Field form="change" name="confirmPassword" label="New password again" type="password" autoComplete="new-password" state={state} />
      <SubmitButton pendingText="Saving…">Change password</SubmitButton>
    </form>
  )
}
