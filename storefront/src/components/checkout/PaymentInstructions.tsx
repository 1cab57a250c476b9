import { formatDate, formatMoney } from "@/lib/format"
import { awaitsBankTransfer } from "@/lib/medusa/checkout-rules"
import type { Order } from "@/lib/medusa/types"
import { BANK_TRANSFER, type BankAccount } from "@stillpoint/shop-contracts"
import styles from "./Checkout.module.css"

const DAY_MS = 24 * 60 * 60 * 1000

function AccountDetails({ account }: { account: BankAccount }) {
  if (account.kind === "iban") {
    return (
      <>
        <dt>IBAN</dt>
        <dd>{account.iban}</dd>
        <dt>BIC</dt>
        <dd>{account.bic}</dd>
      </>
    )
  }
  return (
    <>
      <dt>Routing number (ABA)</dt>
      <dd>{account.routingNumber}</dd>
      <dt>Account number</dt>
      <dd>
        {account.accountNumber} ({account.accountType.toLowerCase()})
      </dd>
    </>
  )
}

/** How to pay an order placed with "Bank transfer", for as long as the money has not arrived. */
export function PaymentInstructions({ order }: { order: Order }) {
  const account = BANK_TRANSFER.accounts[order.currency.toLowerCase()]
  if (!account || !awaitsBankTransfer(order.payment)) return null
  const dueBy = formatDate(new Date(new Date(order.createdAt).getTime() + BANK_TRANSFER.paymentDays * DAY_MS).toISOString())
  return (
    <section className={`card ${styles.instructions}`} aria-labelledby="bank-transfer-heading">
      <h2 id="bank-transfer-heading">Pay by bank transfer</h2>
      <p>
        Your order is confirmed. Please transfer <strong>{formatMoney(order.totals.total)}</strong> to the account below
        within {BANK_TRANSFER.paymentDays} days (by {dueBy}), quoting your order number <strong>#{order.displayId}</strong> as
        the payment reference. We ship your order as soon as your payment arrives.
      </p>
      <dl className={`details-list ${styles.bankDetails}`}>
        <dt>Account holder</dt>
        <dd>{BANK_TRANSFER.accountHolder}</dd>
        <dt>Bank</dt>
        <dd>{account.bank}</dd>
        <AccountDetails account={account} />
        <dt>Amount</dt>
        <dd>{formatMoney(order.totals.total)}</dd>
        <dt>Reference</dt>
        <dd>Order #{order.displayId}</dd>
      </dl>
    </section>
  )
}
