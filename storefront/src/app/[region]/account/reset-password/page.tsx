import type { Metadata } from "next"
import { ResetLinkRefused, ResetPasswordForm } from "@/components/account/PasswordForms"
import { getRegion } from "@/lib/medusa/regions"
import { readResetLink } from "@/lib/password-reset"

// The address carries a live token: never indexed (next.config.mjs also keeps it out of Referer headers).
export const metadata: Metadata = { title: "Choose a new password", robots: { index: false, follow: false } }

export default async function ResetPasswordPage({
  params,
  searchParams,
}: {
  params: Promise<{ region: string }>
  searchParams: Promise<{ token?: string | string[]; email?: string | string[] }>
}) {
  const region = await getRegion((await params).region)
  const link = readResetLink(await searchParams)
  return (
    <>
      <h1>Choose a new password</h1>
      <section className="card" aria-label="New password">
        {link.status === "usable" ? (
          <ResetPasswordForm region={region.key} token={link.token} email={link.email} />
        ) : link.status === "expired" ? (
          <ResetLinkRefused region={region.key} email={link.email} message="This link has expired." />
        ) : (
          <ResetLinkRefused
            region={region.key}
            message="This link is incomplete or has been changed. Open the whole link from the email, or ask for a new one."
          />
        )}
      </section>
    </>
  )
}
