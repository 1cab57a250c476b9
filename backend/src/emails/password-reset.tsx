/** A link to choose a new password: a customer's to the storefront, an admin user's to the admin. */
import { Heading, Link, Text } from "@react-email/components"
import { EmailLayout, styles } from "./layout"

export type PasswordResetEmailData = {
  shopUrl: string
  resetUrl: string
  /** "customer" (the shop account) or "user" (the admin). */
  actorType: "customer" | "user"
}

export const passwordResetSubject = (data: PasswordResetEmailData) =>
  data.actorType === "user" ? "Reset your Stillpoint admin password" : "Reset your Stillpoint password"

export function PasswordResetEmail(data: PasswordResetEmailData) {
  const where = data.actorType === "user" ? "the Stillpoint admin" : "your Stillpoint account"
  return (
    <EmailLayout preview="Choose a new password" storefrontUrl={data.shopUrl}>
      <Heading as="h2" style={styles.heading}>
        Choose a new password
      </Heading>
      <Text style={styles.text}>Someone asked to reset the password for {where}. To choose a new one, follow this link within 15 minutes:</Text>
      <Text style={{ ...styles.text, margin: "24px 0" }}>
        <Link href={data.resetUrl} style={styles.button}>
          Choose a new password
        </Link>
      </Text>
      <Text style={styles.muted}>If the button does not work, copy this address into your browser: {data.resetUrl}</Text>
      <Text style={{ ...styles.muted, marginTop: "12px" }}>If you did not ask for this, ignore this email: your password stays as it is.</Text>
    </EmailLayout>
  )
}
