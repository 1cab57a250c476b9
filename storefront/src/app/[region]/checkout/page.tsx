import type { Metadata } from "next"
import Link from "next/link"
import { AddressBlock } from "@/components/checkout/AddressBlock"
import { AddressStep } from "@/components/checkout/AddressStep"
import { PaymentStep } from "@/components/checkout/PaymentStep"
import { PlaceOrder } from "@/components/checkout/PlaceOrder"
import { ShippingStep } from "@/components/checkout/ShippingStep"
import { Step, stepHeadingId } from "@/components/checkout/Step"
import { LazyStripePayment } from "@/components/checkout/LazyStripePayment"
import { OrderSummary } from "@/components/checkout/OrderSummary"
import { RegionMismatch } from "@/components/layout/RegionMismatch"
import { formatMoney } from "@/lib/format"
import { getCart } from "@/lib/medusa/cart"
import { listPaymentProviders, listShippingOptions, paymentClientSecret } from "@/lib/medusa/checkout"
import { isStripeProvider } from "@/lib/medusa/checkout-rules"
import { getCustomer, listAddresses } from "@/lib/medusa/customer"
import { getRegion } from "@/lib/medusa/regions"
import type { Cart, RegionKey } from "@/lib/medusa/types"
import { paymentReturnMessage } from "@/lib/stripe-payment"
import styles from "@/components/checkout/Checkout.module.css"

export const metadata: Metadata = { title: "Checkout" }

/** The system provider places the order directly; Stripe first confirms the card in its Payment Element. */
async function PlaceOrderFor({ cart, region, notice }: { cart: Cart; region: RegionKey; notice?: string }) {
  const total = formatMoney(cart.totals.total)
  if (!cart.paymentProviderId || !isStripeProvider(cart.paymentProviderId)) {
    return <PlaceOrder cartId={cart.id} region={region} total={total} />
  }
  const clientSecret = await paymentClientSecret(cart.id, cart.paymentProviderId)
  if (!clientSecret) {
    return <p role="alert">Card payment could not be started. Please choose the payment method again.</p>
  }
  return <LazyStripePayment clientSecret={clientSecret} cartId={cart.id} region={region} total={total} notice={notice} />
}

export default async function CheckoutPage({
  params,
  searchParams,
}: {
  params: Promise<{ region: string }>
  searchParams: Promise<{ payment?: string | string[] }>
}) {
  const region = await getRegion((await params).region)
  const { payment } = await searchParams
  const paymentNotice = paymentReturnMessage(typeof payment === "string" ? payment : undefined)
  const [cart, customer] = await Promise.all([getCart(), getCustomer()])
  if (!cart || cart.items.length === 0) {
    return (
      <>
        <h1>Checkout</h1>
        <p>Your cart is empty.</p>
        <Link href={`/${region.key}/shop`} className="button">
          Browse the shop
        </Link>
      </>
    )
  }
  if (cart.regionId !== region.id) {
    return (
      <>
        <h1>Checkout</h1>
        <RegionMismatch region={region.key} path={`/${region.key}/checkout`} />
      </>
    )
  }
  const savedAddresses = customer ? await listAddresses().catch(() => []) : []
  const savedAddress = savedAddresses.find((a) => region.countries.some((c) => c.code === a.countryCode))
  const addressDone = Boolean(cart.email && cart.shippingAddress)
  const [shippingOptions, providers] = await Promise.all([
    addressDone ? listShippingOptions(cart) : Promise.resolve([]),
    cart.shippingMethod ? listPaymentProviders(region.id) : Promise.resolve([]),
  ])
  const shippingDone = cart.shippingMethod !== null
  const paymentDone = shippingDone && cart.paymentProviderId !== null
  const providerLabel = providers.find((p) => p.id === cart.paymentProviderId)?.label ?? cart.paymentProviderId

  return (
    <>
      <h1>Checkout</h1>
      {!customer && (
        <p className="muted">
          Checking out as a guest. <Link href={`/${region.key}/account?next=/${region.key}/checkout`}>Log in</Link> to use
          your saved addresses and see this order in your account.
        </p>
      )}
      <div className={styles.layout}>
        <div>
          <Step number={1} title="Contact and address" done={addressDone}>
            <AddressStep
              region={region.key}
              regionName={region.name}
              countries={region.countries}
              email={cart.email ?? customer?.email ?? ""}
              shipping={cart.shippingAddress ?? savedAddress ?? {}}
              billing={cart.billingAddress}
              savedAddresses={savedAddresses}
              done={addressDone}
              nextId={stepHeadingId(2)}
            />
          </Step>
          <Step number={2} title="Delivery" done={shippingDone}>
            {addressDone ? (
              <ShippingStep options={shippingOptions} selectedId={cart.shippingMethod?.optionId ?? null} nextId={stepHeadingId(3)} />
            ) : (
              <p className="muted">Enter your address first.</p>
            )}
          </Step>
          <Step number={3} title="Payment" done={paymentDone}>
            {shippingDone ? (
              <PaymentStep providers={providers} selectedId={cart.paymentProviderId} nextId={stepHeadingId(4)} />
            ) : (
              <p className="muted">Choose a delivery option first.</p>
            )}
          </Step>
          <Step number={4} title="Review and place order" done={false}>
            {paymentDone && cart.shippingAddress ? (
              <>
                <div className={styles.review}>
                  <div>
                    <h3>Ship to</h3>
                    <AddressBlock address={cart.shippingAddress} />
                  </div>
                  <div>
                    <h3>Bill to</h3>
                    <AddressBlock address={cart.billingAddress ?? cart.shippingAddress} />
                  </div>
                  <div>
                    <h3>Contact</h3>
                    <p>{cart.email}</p>
                    <h3>Delivery</h3>
                    <p>{cart.shippingMethod?.name}</p>
                    <h3>Payment</h3>
                    <p>{providerLabel}</p>
                  </div>
                </div>
                <PlaceOrderFor cart={cart} region={region.key} notice={paymentNotice} />
              </>
            ) : (
              <p className="muted">Complete the steps above to review your order.</p>
            )}
          </Step>
        </div>
        <aside className="card" aria-labelledby="summary-heading">
          <h2 id="summary-heading">Your order</h2>
          <OrderSummary items={cart.items} totals={cart.totals} shippingKnown={shippingDone} />
          <p>
            <Link href={`/${region.key}/cart`}>Edit cart</Link>
          </p>
        </aside>
      </div>
    </>
  )
}
