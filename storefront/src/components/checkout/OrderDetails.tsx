import type { Order } from "@/lib/medusa/types"
import { AddressBlock } from "./AddressBlock"
import { OrderSummary } from "./OrderSummary"
import styles from "./Checkout.module.css"

/** An order's items, totals and delivery: on the confirmation page and in the account. */
export function OrderDetails({ order, itemsHeading }: { order: Order; itemsHeading: string }) {
  return (
    <div className={styles.layout}>
      <section className="card" aria-labelledby="items-heading">
        <h2 id="items-heading">{itemsHeading}</h2>
        <OrderSummary items={order.items} totals={order.totals} shippingKnown />
      </section>
      <aside className="card" aria-labelledby="delivery-heading">
        <h2 id="delivery-heading">Delivery</h2>
        {order.shippingAddress && <AddressBlock address={order.shippingAddress} />}
        {order.shippingMethod && <p>{order.shippingMethod}</p>}
      </aside>
    </div>
  )
}
