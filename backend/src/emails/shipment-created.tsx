/** To the buyer when a fulfillment is marked shipped: what ships, how, and its tracking. */
import { Heading, Link, Text } from "@react-email/components"
import { AddressLines, EmailLayout, lineTitle, styles, ViewOrderButton } from "./layout"

export type ShipmentCreatedEmailData = {
  shopUrl: string
  orderUrl: string
  displayId: number
  items: { title: string; variantTitle: string; quantity: number }[]
  /** The shipping method the buyer chose (the carrier's service). */
  shippingMethod: string | null
  /** The labels the owner entered when marking it shipped. */
  tracking: { number: string; url: string | null }[]
  shippingAddress: string[]
}

export const shipmentCreatedSubject = (data: ShipmentCreatedEmailData) => `Your Stillpoint order #${data.displayId} is on its way`

export function ShipmentCreatedEmail(data: ShipmentCreatedEmailData) {
  return (
    <EmailLayout preview={`Order #${data.displayId} has shipped`} storefrontUrl={data.shopUrl}>
      <Heading as="h2" style={styles.heading}>
        Your order is on its way
      </Heading>
      <Text style={styles.text}>
        We have shipped {data.items.length === 1 ? "this item" : "these items"} from your order <strong>#{data.displayId}</strong>
        {data.shippingMethod ? ` by ${data.shippingMethod}` : ""}:
      </Text>
      {data.items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: an email is rendered to static HTML once; React never reconciles this list
        <Text key={index} style={{ ...styles.text, margin: "0 0 4px" }}>
          {`${item.quantity} × ${lineTitle(item)}`}
        </Text>
      ))}
      <Heading as="h3" style={styles.subheading}>
        Tracking
      </Heading>
      {data.tracking.length ? (
        data.tracking.map((label) => (
          <Text key={label.number} style={{ ...styles.text, margin: "0 0 4px" }}>
            Tracking number <strong>{label.number}</strong>
            {label.url && (
              <>
                {" "}
                · <Link href={label.url} style={styles.link}>Track your parcel</Link>
              </>
            )}
          </Text>
        ))
      ) : (
        <Text style={styles.text}>This shipment has no tracking number.</Text>
      )}
      <Heading as="h3" style={styles.subheading}>
        Shipping to
      </Heading>
      <AddressLines lines={data.shippingAddress} />
      <ViewOrderButton href={data.orderUrl} />
    </EmailLayout>
  )
}
