"use client"
import Link from "next/link"
import { useActionState, type ReactNode } from "react"
import { removeItemAction, updateQuantityAction } from "@/lib/actions/cart"
import { IDLE } from "@/lib/actions/state"
import { formatMoney } from "@/lib/format"
import type { LineItem, RegionKey } from "@/lib/medusa/types"
import { SubmitButton } from "@/components/ui/SubmitButton"
import styles from "./Cart.module.css"

/** One line of the cart; `thumbnail` is rendered by the page (a ServerImage), so no image code ships here. */
export function CartLine({ item, region, thumbnail }: { item: LineItem; region: RegionKey; thumbnail: ReactNode }) {
  const [updateState, update] = useActionState(updateQuantityAction, IDLE)
  const [removeState, remove] = useActionState(removeItemAction, IDLE)
  const message = removeState.message ?? updateState.message
  const isError = updateState.status === "error" || removeState.status === "error"

  const quantityId = `qty-${item.id}`
  return (
    <li className={styles.line} data-testid="cart-line">
      <div className={styles.thumb}>{thumbnail}</div>
      <div className={styles.lineBody}>
        <h2 className={styles.lineTitle}>
          {item.productHandle ? <Link href={`/${region}/products/${item.productHandle}`}>{item.title}</Link> : item.title}
        </h2>
        <p className="muted">{item.variantTitle}</p>
        <p className="muted">{formatMoney(item.unitPrice)} each</p>
        <div className={styles.lineActions}>
          <form action={update} className={styles.qtyForm}>
            <input type="hidden" name="lineId" value={item.id} />
            <label htmlFor={quantityId}>Quantity</label>
            <input id={quantityId} name="quantity" type="number" min={0} max={99} defaultValue={item.quantity} key={item.quantity} inputMode="numeric" />
            <SubmitButton className="button button-secondary" pendingText="Updating…">
              Update<span className="visually-hidden"> quantity of {item.title}</span>
            </SubmitButton>
          </form>
          <form action={remove}>
            <input type="hidden" name="lineId" value={item.id} />
            <SubmitButton className="link-button" pendingText="Removing…">
              Remove<span className="visually-hidden"> {item.title}</span>
            </SubmitButton>
          </form>
        </div>
        <p role={isError ? "alert" : "status"} className={isError ? "field-error" : "hint"}>
          {message}
        </p>
      </div>
      <p className={styles.lineTotal} data-testid="line-total">{formatMoney(item.total)}</p>
    </li>
  )
}
