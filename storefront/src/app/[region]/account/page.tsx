import type { Metadata } from "next"
import { AccountNav } from "@/components/account/AccountNav"
import { AuthForms } from "@/components/account/AuthForms"
import { OrderTable } from "@/components/account/OrderTable"
import { ChangePasswordForm } from "@/components/account/PasswordForms"
import { SessionRefresh } from "@/components/layout/HeaderSession"
import { getCustomer } from "@/lib/medusa/customer"
import { listOrders } from "@/lib/medusa/orders"
import { getRegion } from "@/lib/medusa/regions"
import { sameShopPath } from "@/lib/safe-redirect"

export const metadata: Metadata = { title: "Your account" }

export default async function AccountPage({
  params,
  searchParams,
}: {
  params: Promise<{ region: string }>
  searchParams: Promise<{ next?: string }>
}) {
  const region = await getRegion((await params).region)
  const customer = await getCustomer()
  if (!customer) {
    const { next } = await searchParams
    return (
      <>
        <SessionRefresh stamp="guest" />
        <h1>Your account</h1>
        <AuthForms region={region.key} next={sameShopPath(next, `/${region.key}/account`)} />
      </>
    )
  }
  const orders = await listOrders()
  return (
    <>
      <SessionRefresh stamp={customer.id} />
      <h1>Hello, {customer.firstName || customer.email}</h1>
      <AccountNav region={region.key} />
      <p className="muted">Logged in as {customer.email}.</p>
      <h2>Recent orders</h2>
      <OrderTable orders={orders.slice(0, 5)} region={region.key} />
      <section className="card" aria-labelledby="password-heading">
        <h2 id="password-heading">Change your password</h2>
        <ChangePasswordForm email={customer.email} />
      </section>
    </>
  )
}
