import Link from "next/link"
import { formatDate, formatMoney } from "@/lib/format"
import type { Order, RegionKey } from "@/lib/medusa/types"
import { orderStatus } from "@/lib/order-status"
import styles from "./Account.module.css"

export function OrderTable({ orders, region }: { orders: Order[]; region: RegionKey }) {
  if (orders.length === 0) return <p>You haven't ordered anything yet.</p>
  return (
    <table className={styles.orders}>
      <caption className="visually-hidden">Your orders</caption>
      <thead>
        <tr>
          <th scope="col">Order</th>
          <th scope="col">Date</th>
          <th scope="col">Items</th>
          <th scope="col">Status</th>
          <th scope="col">Total</th>
        </tr>
      </thead>
      <tbody>
        {orders.map((order) => (
          <tr key={order.id} data-testid="order-row">
            <td>
              <Link href={`/${region}/account/orders/${order.id}`}>#{order.displayId}</Link>
            </td>
            <td>{formatDate(order.createdAt)}</td>
            <td>{order.itemCount}</td>
            <td>{orderStatus(order)}</td>
            <td>{formatMoney(order.totals.total)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
