import type { Metadata } from "next"
import { AccountNav } from "@/components/account/AccountNav"
import { OrderTable } from "@/components/account/OrderTable"
import { requireCustomer } from "@/lib/auth"
import { listOrders } from "@/lib/medusa/orders"
import { getRegion } from "@/lib/medusa/regions"

export const metadata: Metadata = { title: "Your orders" }

export default async function OrdersPage({ params }: { params: Promise<{ region: string }> }) {
  const region = await getRegion((await params).region)
  await requireCustomer(region.key, `/${region.key}/account/orders`)
  const orders = await listOrders()
  return (
    <>
      <h1>Your orders</h1>
      <AccountNav region={region.key} />
      <OrderTable orders={orders} region={region.key} />
    </>
  )
}
