import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { AccountNav } from "@/components/account/AccountNav"
import { requireCustomer } from "@/lib/auth"
import { AddressBlock } from "@/components/checkout/AddressBlock"
import { OrderSummary } from "@/components/checkout/OrderSummary"
import { formatDate } from "@/lib/format"
import { listOrders } from "@/lib/medusa/orders"
import { getRegion } from "@/lib/medusa/regions"
import styles from "@/components/checkout/Checkout.module.css"

export const metadata: Metadata = { title: "Order details" }

export default async function OrderPage({ params }: { params: Promise<{ region: string; id: string }> }) {
  const { region: regionKey, id } = await params
  const region = await getRegion(regionKey)
  await requireCustomer(region.key, `/${region.key}/account/orders/${id}`)
  // Only the customer's own orders: look it up in their list, not by bare id.
  const order = (await listOrders()).find((o) => o.id === id)
  if (!order) notFound()
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <Link href={`/${region.key}/account/orders`}>Your orders</Link> / <span aria-current="page">#{order.displayId}</span>
      </nav>
      <h1>Order #{order.displayId}</h1>
      <AccountNav region={region.key} />
      <p className="muted">Placed on {formatDate(order.createdAt)}.</p>
      <div className={styles.layout}>
        <section className="card" aria-labelledby="items-heading">
          <h2 id="items-heading">Items</h2>
          <OrderSummary items={order.items} totals={order.totals} shippingKnown />
        </section>
        <aside className="card" aria-labelledby="delivery-heading">
          <h2 id="delivery-heading">Delivery</h2>
          {order.shippingAddress && <AddressBlock address={order.shippingAddress} />}
          {order.shippingMethod && <p>{order.shippingMethod}</p>}
        </aside>
      </div>
    </>
  )
}
