/** To a customer who has just created an account. */
import { Heading, Link, Text } from "@react-email/components"
import { EmailLayout, styles } from "./layout"

export type CustomerWelcomeEmailData = {
  shopUrl: string
  accountUrl: string
  firstName: string | null
}

export const customerWelcomeSubject = () => "Welcome to Stillpoint"

export function CustomerWelcomeEmail(data: CustomerWelcomeEmailData) {
  return (
    <EmailLayout preview="Your Stillpoint account is ready" storefrontUrl={data.shopUrl}>
      <Heading as="h2" style={styles.heading}>
        {data.firstName ? `Welcome, ${data.firstName}` : "Welcome"}
      </Heading>
      <Text style={styles.text}>
        Your account is ready. Sign in to check out faster, keep your addresses, and follow your orders from placing to delivery.
      </Text>
      <Text style={{ ...styles.text, marginTop: "24px" }}>
        <Link href={data.accountUrl} style={styles.button}>
          Go to your account
        </Link>
      </Text>
    </EmailLayout>
  )
}
