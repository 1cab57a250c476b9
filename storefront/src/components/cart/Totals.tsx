import { formatMoney } from "@/lib/format"
import type { Totals as TotalsType } from "@/lib/medusa/types"
import styles from "./Cart.module.css"

export function Totals({ totals, shippingKnown }: { totals: TotalsType; shippingKnown: boolean }) {
  return (
    <dl className={styles.totals} data-testid="totals">
      <div>
        <dt>Subtotal</dt>
        <dd data-testid="subtotal">{formatMoney(totals.subtotal)}</dd>
      </div>
      {totals.discount.amount > 0 && (
        <div>
          <dt>Discount</dt>
          <dd data-testid="discount">−{formatMoney(totals.discount)}</dd>
        </div>
      )}
      <div>
        <dt>Shipping</dt>
        <dd data-testid="shipping">
          {shippingKnown ? (totals.shipping.amount === 0 ? "Free" : formatMoney(totals.shipping)) : "Calculated at checkout"}
        </dd>
      </div>
      <div>
        <dt>{totals.taxInclusive ? "Included VAT" : "Tax"}</dt>
        <dd data-testid="tax">
          {!shippingKnown && totals.tax.amount === 0 ? "Calculated at checkout" : formatMoney(totals.tax)}
        </dd>
      </div>
      {totals.refunded.amount > 0 && (
        <div>
          <dt>Refunded</dt>
          <dd>−{formatMoney(totals.refunded)}</dd>
        </div>
      )}
      <div className={styles.grand}>
        <dt>Total</dt>
        <dd data-testid="total">{formatMoney(totals.total)}</dd>
      </div>
    </dl>
  )
}
