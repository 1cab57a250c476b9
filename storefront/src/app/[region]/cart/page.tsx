import type { Metadata } from "next"
import Link from "next/link"
import { CartLine } from "@/components/cart/CartLine"
import { PromoForm } from "@/components/cart/PromoForm"
import { Totals } from "@/components/cart/Totals"
import { RegionMismatch } from "@/components/layout/RegionMismatch"
import { SessionRefresh } from "@/components/layout/HeaderSession"
import { ServerImage } from "@/components/ui/ServerImage"
import { getCart } from "@/lib/medusa/cart"
import { getRegion } from "@/lib/medusa/regions"
import styles from "@/components/cart/Cart.module.css"

export const metadata: Metadata = { title: "Your cart" }

export default async function CartPage({ params }: { params: Promise<{ region: string }> }) {
  const region = await getRegion((await params).region)
  const cart = await getCart()
  // Every change made here (quantity, removal, promo code) re-renders this page: the header follows.
  const headerRefresh = <SessionRefresh stamp={`cart:${cart?.itemCount ?? 0}`} />
  if (!cart || cart.items.length === 0) {
    return (
      <>
        {headerRefresh}
        <h1>Your cart</h1>
        <p>Your cart is empty.</p>
        <Link href={`/${region.key}/shop`} className="button">
          Browse the shop
        </Link>
      </>
    )
  }
  return (
    <>
      {headerRefresh}
      <h1>Your cart</h1>
      {cart.regionId !== region.id && <RegionMismatch region={region.key} path={`/${region.key}/cart`} />}
      <div className={styles.layout}>
        <section aria-label="Items in your cart">
          <ul className={styles.lines}>
            {cart.items.map((item) => (
              <CartLine
                key={item.id}
                item={item}
                region={region.key}
                thumbnail={item.image && <ServerImage src={item.image.url} alt={item.image.alt} fill sizes="96px" />}
              />
            ))}
          </ul>
        </section>
        <aside className={`card ${styles.summary}`} aria-labelledby="summary-heading">
          <h2 id="summary-heading">Summary</h2>
          <PromoForm codes={cart.promoCodes} />
          <Totals totals={cart.totals} shippingKnown={cart.shippingMethod !== null} />
          <Link href={`/${region.key}/checkout`} className="button button-wide">
            Go to checkout
          </Link>
        </aside>
      </div>
    </>
  )
}
