import { formatMoney } from "@/lib/format"
import type { LineItem, Totals as TotalsType } from "@/lib/medusa/types"
import { Totals } from "@/components/cart/Totals"
import { ServerImage } from "@/components/ui/ServerImage"
import styles from "./Checkout.module.css"

export function OrderSummary({ items, totals, shippingKnown }: { items: LineItem[]; totals: TotalsType; shippingKnown: boolean }) {
  return (
    <>
      <ul className={styles.items}>
        {items.map((item) => (
          <li key={item.id} data-testid="summary-item">
            <span className={styles.itemThumb}>
              {item.image && <ServerImage src={item.image.url} alt={item.image.alt} fill sizes="48px" />}
            </span>
            <span className={styles.itemText}>
              {item.quantity} × {item.title}
              <br />
              <span className="muted">{item.variantTitle}</span>
            </span>
            <span>{formatMoney(item.total)}</span>
          </li>
        ))}
      </ul>
      <Totals totals={totals} shippingKnown={shippingKnown} />
    </>
  )
}
