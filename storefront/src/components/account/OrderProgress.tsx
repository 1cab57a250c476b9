import { formatDate, formatMoney } from "@/lib/format"
import type { Order } from "@/lib/medusa/types"
import { orderStatus } from "@/lib/order-status"
import styles from "./Account.module.css"

/** Where the order is: status, each shipment with its tracking, and any refund. */
export function OrderProgress({ order }: { order: Order }) {
  return (
    <section className={`card ${styles.progress}`} aria-labelledby="progress-heading">
      <h2 id="progress-heading">Status</h2>
      <p>
        <strong>{orderStatus(order)}</strong>
      </p>
      {order.shipments.map((shipment) => (
        <p key={shipment.id}>
          Shipped on {formatDate(shipment.shippedAt)}
          {shipment.tracking.map((label) => (
            <span key={label.number}>
              {" "}
              · tracking{" "}
              {label.url ? (
                <a href={label.url} rel="noopener noreferrer">
                  {label.number}
                </a>
              ) : (
                label.number
              )}
            </span>
          ))}
        </p>
      ))}
      {order.totals.refunded.amount > 0 && <p>Refunded: {formatMoney(order.totals.refunded)} to your original payment method.</p>}
    </section>
  )
}
