"use client"
import Link from "next/link"
import { usePathname } from "next/navigation"
import { useEffect, useState } from "react"
import styles from "./Header.module.css"

type Session = { cartCount: number; customerName: string | null }

export const CART_CHANGED = "stillpoint:cart-changed"

/** Tells the header that the cart changed (after an add, a removal …). */
export function announceCartChange() {
  window.dispatchEvent(new Event(CART_CHANGED))
}

/** The per-visitor corner of the header: account link and cart count, loaded after the static page. */
export function HeaderSession({ region }: { region: string }) {
  const pathname = usePathname()
  const [session, setSession] = useState<Session | null>(null)

  // biome-ignore lint/correctness/useExhaustiveDependencies: pathname is the trigger, not an input: the header island outlives client-side navigations, and re-reads the session on each one (a login or an add to cart on the page before)
  useEffect(() => {
    let cancelled = false
    // Loads can overlap (a page load and a change announced at once): only the latest one counts.
    let latest = 0
    const load = () => {
      const ticket = ++latest
      fetch("/api/session", { cache: "no-store" })
        .then((r) => (r.ok ? (r.json() as Promise<Session>) : null))
        .then((s) => {
          if (!cancelled && ticket === latest && s) setSession(s)
        })
        .catch(() => undefined)
    }
    load()
    window.addEventListener(CART_CHANGED, load)
    return () => {
      cancelled = true
      window.removeEventListener(CART_CHANGED, load)
    }
  }, [pathname])

  const count = session?.cartCount ?? 0
  return (
    <>
      <Link href={`/${region}/account`} className={styles.navLink}>
        {session?.customerName ? "Account" : "Log in"}
      </Link>
      <Link href={`/${region}/cart`} className={styles.cartLink} data-testid="cart-link">
        <span>Cart</span>
        {/* Until the session is read the page (cached for everyone) cannot know the count: the badge
            keeps its place, empty, rather than showing 0 to a shopper with a full cart. */}
        <span className={styles.count} aria-hidden="true" data-testid="cart-count">
          {session ? count : ""}
        </span>
        {session && <span className="visually-hidden">, {count === 1 ? "1 item" : `${count} items`}</span>}
      </Link>
      <span className="visually-hidden" aria-live="polite" role="status">
        {session ? `Cart: ${count === 1 ? "1 item" : `${count} items`}` : ""}
      </span>
    </>
  )
}

/**
 * Rendered by pages that change who is logged in or what the cart holds: the header island reloads
 * whenever `stamp` changes. A server action that calls refresh() re-renders the page with the new
 * stamp, so the header follows every change made there, whichever form made it.
 */
export function SessionRefresh({ stamp }: { stamp: string }) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: stamp is the trigger, not an input: each new stamp (see above) announces a change
  useEffect(() => {
    announceCartChange()
  }, [stamp])
  return null
}
