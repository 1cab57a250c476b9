/** To the buyer when the owner refunds a payment: how much, and what for. */
import { Heading, Text } from "@react-email/components"
import { formatMoney } from "./format"
import { EmailLayout, styles, ViewOrderButton } from "./layout"

export type RefundCreatedEmailData = {
  shopUrl: string
  orderUrl: string
  displayId: number
  amount: number
  currency: string
  /** The refund reason chosen in the admin, if any. */
  reason: string | null
  /** The note the owner wrote with the refund, if any. */
  note: string | null
}

export const refundCreatedSubject = (data: RefundCreatedEmailData) => `A refund for your Stillpoint order #${data.displayId}`

export function RefundCreatedEmail(data: RefundCreatedEmailData) {
  const amount = formatMoney(data.amount, data.currency)
  return (
    <EmailLayout preview={`We refunded ${amount}`} storefrontUrl={data.shopUrl}>
      <Heading as="h2" style={styles.heading}>
        We have refunded {amount}
      </Heading>
      <Text style={styles.text}>
        We have refunded <strong>{amount}</strong> for your order <strong>#{data.displayId}</strong>, to the way you paid. Depending on your bank it
        can take a few days to show.
      </Text>
      {data.reason && (
        <Text style={styles.text}>
          Reason: <strong>{data.reason}</strong>
        </Text>
      )}
      {data.note && <Text style={styles.text}>{data.note}</Text>}
      <ViewOrderButton href={data.orderUrl} />
    </EmailLayout>
  )
}
