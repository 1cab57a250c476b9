import type { Metadata } from "next"
import { ForgotPasswordForm } from "@/components/account/PasswordForms"
import { getRegion } from "@/lib/medusa/regions"

export const metadata: Metadata = { title: "Reset your password", robots: { index: false, follow: false } }

export default async function ForgotPasswordPage({
  params,
  searchParams,
}: {
  params: Promise<{ region: string }>
  searchParams: Promise<{ email?: string | string[] }>
}) {
  const region = await getRegion((await params).region)
  const { email } = await searchParams
  return (
    <>
      <h1>Reset your password</h1>
      <section className="card" aria-labelledby="forgot-heading">
        <h2 id="forgot-heading">Get a reset link</h2>
        <p className="muted">Enter the email you log in with, and we'll send you a link to choose a new password.</p>
        <ForgotPasswordForm region={region.key} email={typeof email === "string" ? email : undefined} />
      </section>
    </>
  )
}
