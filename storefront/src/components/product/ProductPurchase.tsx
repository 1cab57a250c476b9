"use client"
import { type FormEvent, useId, useState, useTransition } from "react"
import type { JournalAttribution } from "@stillpoint/shop-contracts"
import { type FormState, IDLE } from "@/lib/actions/state"
import { formatMoney } from "@/lib/format"
import { stockLabel } from "@/lib/medusa/shape"
import type { Product, RegionKey } from "@/lib/medusa/types"
import { findVariant, initialSelection, valueState, type Selection } from "@/lib/variants"
import { FormMessage } from "@/components/ui/FormMessage"
import { announceCartChange } from "@/components/layout/HeaderSession"
import { SubmitButton } from "@/components/ui/SubmitButton"
import styles from "./ProductPurchase.module.css"

type Props = {
  product: Pick<Product, "options" | "variants" | "fromPrice">
  region: RegionKey
  /** Pass both to share the selection (ProductShowcase does, so the gallery follows it). */
  selection?: Selection
  onSelect?: (selection: Selection) => void
  /** The journal post the reader is buying from: its card, or the product page its link opened. */
  from?: JournalAttribution
}

/** Option pickers, price, stock and the add-to-cart form. */
export function ProductPurchase({ product, region, selection: sharedSelection, onSelect, from }: Props) {
  const [ownSelection, setOwnSelection] = useState<Selection>(() => initialSelection(product))
  const selection = sharedSelection ?? ownSelection
  const setSelection = onSelect ?? setOwnSelection
  const [state, setState] = useState<FormState>(IDLE)
  const [adding, startAdding] = useTransition()
  const quantityId = useId()
  const variant = findVariant(product.variants, selection)
  const soldOut = !variant || variant.stock.kind === "sold_out"

  // Without script the form posts to the route itself and the shopper lands on the cart.
  const add = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    startAdding(async () => {
      const answer = await addToCart(form)
      setState(answer)
      if (answer.status === "ok") announceCartChange()
    })
  }

  const price = variant?.price ?? product.fromPrice
  return (
    <form action={ADD_TO_CART} method="post" onSubmit={add} className={styles.form}>
      <p className={styles.price} data-testid="product-price">
        {price ? formatMoney(price) : "Price on request"}
      </p>
      {product.options.map((option) => (
        <fieldset key={option.id} className={styles.option}>
          <legend>
            {option.title}: <span className={styles.chosen}>{selection[option.title] ?? "choose"}</span>
          </legend>
          <div className={styles.values}>
            {option.values.map((value) => {
              const state = valueState(product, selection, option.title, value)
              const selected = selection[option.title] === value
              return (
                <button
                  key={value}
                  type="button"
                  className={styles.value}
                  aria-pressed={selected}
                  disabled={state === "unavailable"}
                  onClick={() => setSelection({ ...selection, [option.title]: value })}
                >
                  {value}
                  {state === "sold_out" && <span className={styles.valueNote}> (sold out)</span>}
                </button>
              )
            })}
          </div>
        </fieldset>
      ))}
      <p
        className={`${styles.stock} ${variant?.stock.kind === "sold_out" ? styles.out : variant?.stock.kind === "low" ? styles.low : ""}`}
        data-testid="stock-state"
        aria-live="polite"
      >
        {variant ? stockLabel(variant.stock) : "This combination is not available"}
      </p>
      <input type="hidden" name="variantId" value={variant && !soldOut ? variant.id : ""} />
      <input type="hidden" name="region" value={region} />
      {from && (
        <>
          <input type="hidden" name="fromPost" value={from.post} />
          <input type="hidden" name="fromPlacement" value={from.placement} />
        </>
      )}
      <div className={styles.buy}>
        <div className="field">
          <label htmlFor={quantityId}>Quantity</label>
          <input id={quantityId} name="quantity" type="number" min={1} max={10} defaultValue={1} inputMode="numeric" />
        </div>
        <SubmitButton disabled={soldOut} busy={adding} pendingText="Adding…" testId="add-to-cart">
          {soldOut ? "Sold out" : "Add to cart"}
        </SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  )
}

const ADD_TO_CART = "/api/cart/lines"

/** The route's answer (app/api/cart/lines), or why it could not be had. */
async function addToCart(form: FormData): Promise<FormState> {
  try {
    const response = await fetch(ADD_TO_CART, { method: "POST", body: form, headers: { accept: "application/json" } })
    return (await response.json()) as FormState
  } catch {
    return { status: "error", message: "The shop could not be reached. Check your connection and try again." }
  }
}
