/** To the buyer when an order is placed: what they bought, the figures, and how to pay by bank transfer. */
import { Column, Heading, Img, Row, Section, Text } from "@react-email/components"
import { BANK_TRANSFER, type BankAccount } from "@stillpoint/shop-contracts"
import { AddressLines, colours, EmailLayout, lineTitle, styles, ViewOrderButton } from "./layout"
import { formatDate, formatMoney } from "./format"

export type OrderPlacedEmailData = {
  shopUrl: string
  orderUrl: string
  displayId: number
  placedAt: string
  currency: string
  items: { title: string; variantTitle: string; quantity: number; total: number; imageUrl: string | null }[]
  shippingMethod: string | null
  /** The address as lines: name, street, city, country. */
  shippingAddress: string[]
  /** As the storefront's confirmation page shows them (see subscribers/order-placed-email.ts). */
  totals: { subtotal: number; discount: number; shipping: number; tax: number; total: number; taxInclusive: boolean }
  /** Paid by bank transfer (Medusa's system provider): the email says where to send the money. */
  payByBankTransfer: boolean
}

const DAY_MS = 24 * 60 * 60 * 1000

export const orderPlacedSubject = (data: OrderPlacedEmailData) => `Your Stillpoint order #${data.displayId}`

function BankDetails({ account }: { account: BankAccount }) {
  const rows: [string, string][] =
    account.kind === "iban"
      ? [["IBAN", account.iban], ["BIC", account.bic]]
      : [["Routing number (ABA)", account.routingNumber], ["Account number", `${account.accountNumber} (${account.accountType.toLowerCase()})`]]
  return (
    <>
      {rows.map(([label, value]) => (
        <Text key={label} style={{ ...styles.text, margin: "0 0 4px" }}>
          {label}: <strong>{value}</strong>
        </Text>
      ))}
    </>
  )
}

function FigureRow({ label, value, strong = false }: { label: string; value: string; strong?: boolean }) {
  const style = { ...styles.text, margin: "0 0 4px", fontWeight: strong ? 600 : 400 }
  return (
    <Row>
      <Column style={style}>{label}</Column>
      <Column style={{ ...style, textAlign: "right" }}>{value}</Column>
    </Row>
  )
}

export function OrderPlacedEmail(data: OrderPlacedEmailData) {
  const money = (amount: number) => formatMoney(amount, data.currency)
  const { totals } = data
  const account = BANK_TRANSFER.accounts[data.currency.toLowerCase()]
  const dueBy = formatDate(new Date(new Date(data.placedAt).getTime() + BANK_TRANSFER.paymentDays * DAY_MS))
  return (
    <EmailLayout preview={`Thank you for your order #${data.displayId}`} storefrontUrl={data.shopUrl}>
      <Heading as="h2" style={styles.heading}>
        Thank you for your order
      </Heading>
      <Text style={styles.text}>
        Your order number is <strong>#{data.displayId}</strong>. Quote it with any question about your order.
      </Text>

      {data.payByBankTransfer && account && (
        <Section style={{ border: `1px solid ${colours.line}`, borderRadius: "10px", padding: "16px", margin: "16px 0" }}>
          <Heading as="h3" style={{ ...styles.subheading, marginTop: 0 }}>
            Pay by bank transfer
          </Heading>
          <Text style={styles.text}>
            Please transfer <strong>{money(totals.total)}</strong> to the account below within {BANK_TRANSFER.paymentDays} days (by {dueBy}),
            quoting your order number <strong>#{data.displayId}</strong> as the payment reference. We ship your order as soon as your payment
            arrives.
          </Text>
          <Text style={{ ...styles.text, margin: "0 0 4px" }}>
            Account holder: <strong>{BANK_TRANSFER.accountHolder}</strong>
          </Text>
          <Text style={{ ...styles.text, margin: "0 0 4px" }}>
            Bank: <strong>{account.bank}</strong>
          </Text>
          <BankDetails account={account} />
          <Text style={{ ...styles.text, margin: "0 0 4px" }}>
            Amount: <strong>{money(totals.total)}</strong>
          </Text>
          <Text style={{ ...styles.text, margin: 0 }}>
            Reference: <strong>Order #{data.displayId}</strong>
          </Text>
        </Section>
      )}

      <Heading as="h3" style={styles.subheading}>
        Order #{data.displayId}
      </Heading>
      {data.items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: an email is rendered to static HTML once; React never reconciles this list
        <Row key={index} style={{ borderBottom: `1px solid ${colours.line}`, padding: "8px 0" }}>
          <Column style={{ width: "72px", verticalAlign: "top" }}>
            {item.imageUrl && <Img src={item.imageUrl} alt={item.title} width="64" height="64" style={{ borderRadius: "6px", objectFit: "cover" }} />}
          </Column>
          <Column style={{ verticalAlign: "top" }}>
            <Text style={{ ...styles.text, margin: 0 }}>
              {lineTitle(item)}
            </Text>
            <Text style={styles.muted}>Quantity {item.quantity}</Text>
          </Column>
          <Column style={{ ...styles.text, textAlign: "right", verticalAlign: "top" }}>{money(item.total)}</Column>
        </Row>
      ))}

      <Section style={{ marginTop: "16px" }}>
        <FigureRow label="Subtotal" value={money(totals.subtotal)} />
        {totals.discount > 0 && <FigureRow label="Discount" value={`−${money(totals.discount)}`} />}
        <FigureRow label="Shipping" value={totals.shipping === 0 ? "Free" : money(totals.shipping)} />
        <FigureRow label={totals.taxInclusive ? "Included VAT" : "Tax"} value={money(totals.tax)} />
        <FigureRow label="Total" value={money(totals.total)} strong />
      </Section>

      <Heading as="h3" style={styles.subheading}>
        Shipping
      </Heading>
      {data.shippingMethod && <Text style={styles.text}>{data.shippingMethod}</Text>}
      <AddressLines lines={data.shippingAddress} />

      <ViewOrderButton href={data.orderUrl} />
    </EmailLayout>
  )
}
