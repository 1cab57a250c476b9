"use client"
import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
import type { Appearance, Stripe } from "@stripe/stripe-js"
import { loadStripe } from "@stripe/stripe-js/pure"
import { unstable_rethrow } from "next/navigation"
import { useEffect, useMemo, useState, useTransition, type FormEvent } from "react"
import { placeOrderAction } from "@/lib/actions/checkout"
import { IDLE } from "@/lib/actions/state"
import type { RegionKey } from "@/lib/medusa/types"
import { confirmAndPlaceOrder, singleFlight, type PaymentOutcome } from "@/lib/stripe-payment"
import { FormMessage } from "@/components/ui/FormMessage"

let stripeLoading: Promise<Stripe | null> | null = null

/**
 * Loads Stripe.js from js.stripe.com once, and only when a card form first renders. A failed
 * load (offline, a blocker) resolves to null, so the form can say so instead of waiting forever.
 */
function stripeOnce(): Promise<Stripe | null> {
  stripeLoading ??= loadStripe(process.env.NEXT_PUBLIC_STRIPE_KEY ?? "").catch((error: unknown) => {
    console.error("Stripe.js did not load", error)
    return null
  })
  return stripeLoading
}

const STRIPE_UNAVAILABLE_MESSAGE =
  "The card form could not load. Please check your connection (or any content blocker) and reload the page."

/** The Payment Element lives in Stripe's iframe, which cannot read our CSS variables: these repeat globals.css. */
const appearance: Appearance = {
  theme: "stripe",
  variables: {
    colorPrimary: "#3a4a7d",
    colorBackground: "#fbf8f2",
    colorText: "#2a2a33",
    colorTextSecondary: "#5f5b55",
    colorDanger: "#9b2c22",
    borderRadius: "10px",
    fontFamily: 'system-ui, -apple-system, "Segoe UI", sans-serif',
  },
  rules: {
    ".Input": { borderColor: "#ddd3c2" },
    ".Input:focus": { borderColor: "#3a4a7d" },
  },
}

type CardPaymentProps = { clientSecret: string; cartId: string; region: RegionKey; total: string; notice?: string }

/** Card details (Stripe's Payment Element) and the place-order button for a cart paying with Stripe. */
export function StripePayment({ clientSecret, ...form }: CardPaymentProps) {
  return (
    <Elements stripe={stripeOnce()} options={{ clientSecret, appearance }}>
      <CardForm {...form} />
    </Elements>
  )
}

/**
 * Completes the cart through the place-order action. On success the action redirects to the
 * confirmation page, which reaches us as a thrown navigation error that Next must receive.
 */
async function placeOrder(cartId: string, region: RegionKey): Promise<PaymentOutcome> {
  const form = new FormData()
  form.set("cartId", cartId)
  form.set("region", region)
  try {
    const state = await placeOrderAction(IDLE, form)
    if (state.status === "error") return { ok: false, message: state.message ?? "The order could not be placed." }
    return { ok: true }
  } catch (error) {
    unstable_rethrow(error)
    return {
      ok: false,
      message: "Your card was authorised but we could not reach the shop to place the order. Please try again; you will not be charged twice.",
    }
  }
}

function CardForm({ cartId, region, total, notice }: Omit<CardPaymentProps, "clientSecret">) {
  const stripe = useStripe()
  const elements = useElements()
  const [elementReady, setElementReady] = useState(false)
  // Why the shopper came back (a declined card) stays until they try again, whatever happens to Stripe.js.
  const [returnNotice, setReturnNotice] = useState(notice)
  const [message, setMessage] = useState<string | undefined>(undefined)
  const [pending, startTransition] = useTransition()

  useEffect(() => {
    let current = true
    void stripeOnce().then((loaded) => {
      if (current && !loaded) setMessage(STRIPE_UNAVAILABLE_MESSAGE)
    })
    return () => {
      current = false
    }
  }, [])

  const submit = useMemo(() => {
    if (!stripe || !elements) return null
    return singleFlight(() =>
      confirmAndPlaceOrder({
        // Cards confirm in place (Stripe.js shows any 3D Secure challenge itself); methods that
        // must leave the page come back to the return route, which places the order there.
        confirm: () =>
          stripe.confirmPayment({
            elements,
            redirect: "if_required",
            confirmParams: { return_url: `${window.location.origin}/${region}/checkout/payment-return` },
          }),
        placeOrder: () => placeOrder(cartId, region),
      }),
    )
  }, [stripe, elements, cartId, region])

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!submit || pending) return
    setReturnNotice(undefined)
    setMessage(undefined)
    startTransition(async () => {
      const outcome = await submit()
      if (!outcome.ok) setMessage(outcome.message)
    })
  }

  const disabled = !submit || !elementReady || pending
  return (
    <form onSubmit={onSubmit} aria-busy={pending}>
      <h3>Card details</h3>
      <PaymentElement onReady={() => setElementReady(true)} />
      {returnNotice && <FormMessage state={{ status: "error", message: returnNotice }} />}
      <FormMessage state={message ? { status: "error", message } : IDLE} />
      <button
        type="submit"
        className="button button-wide"
        disabled={disabled}
        aria-disabled={disabled}
        data-testid="place-order"
      >
        {pending ? "Placing your order…" : `Place order · ${total}`}
      </button>
    </form>
  )
}
