import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { OrderDetails } from "@/components/checkout/OrderDetails"
import { PaymentInstructions } from "@/components/checkout/PaymentInstructions"
import { SessionRefresh } from "@/components/layout/HeaderSession"
import { getOrder } from "@/lib/medusa/orders"
import { getRegion } from "@/lib/medusa/regions"
import styles from "@/components/checkout/Checkout.module.css"

export const metadata: Metadata = { title: "Thank you for your order" }

export default async function OrderConfirmedPage({ params }: { params: Promise<{ region: string; id: string }> }) {
  const { region: regionKey, id } = await params
  const [region, order] = await Promise.all([getRegion(regionKey), getOrder(id)])
  if (!order) notFound()
  return (
    <>
      <SessionRefresh stamp={order.id} />
      <h1>Thank you for your order</h1>
      <p className="lead">
        Your order number is <strong data-testid="order-number">#{order.displayId}</strong>, placed for {order.email}. Quote it
        with any question about your order.
      </p>
      <PaymentInstructions order={order} />
      <OrderDetails order={order} itemsHeading={`Order #${order.displayId}`} />
      <p className={styles.after}>
        <Link href={`/${region.key}/shop`} className="button">
          Continue shopping
        </Link>
      </p>
    </>
  )
}
