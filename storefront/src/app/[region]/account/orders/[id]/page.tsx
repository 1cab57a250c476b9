import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { AccountNav } from "@/components/account/AccountNav"
import { OrderProgress } from "@/components/account/OrderProgress"
import { requireCustomer } from "@/lib/auth"
import { OrderDetails } from "@/components/checkout/OrderDetails"
import { PaymentInstructions } from "@/components/checkout/PaymentInstructions"
import { formatDate } from "@/lib/format"
import { getOrder } from "@/lib/medusa/orders"
import { getRegion } from "@/lib/medusa/regions"

export const metadata: Metadata = { title: "Order details" }

export default async function OrderPage({ params }: { params: Promise<{ region: string; id: string }> }) {
  const { region: regionKey, id } = await params
  const region = await getRegion(regionKey)
  const customer = await requireCustomer(region.key, `/${region.key}/account/orders/${id}`)
  // Only the customer's own orders, not any order whose id is known.
  const order = await getOrder(id)
  if (!order || order.customerId !== customer.id) notFound()
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <Link href={`/${region.key}/account/orders`}>Your orders</Link> / <span aria-current="page">#{order.displayId}</span>
      </nav>
      <h1>Order #{order.displayId}</h1>
      <AccountNav region={region.key} />
      <p className="muted">Placed on {formatDate(order.createdAt)}.</p>
      <OrderProgress order={order} />
      <PaymentInstructions order={order} />
      <OrderDetails order={order} itemsHeading="Items" />
    </>
  )
}
