/**
 * Medusa's system provider records the payment without moving money: the shop offers it as a
 * bank transfer, which the customer makes after ordering and the owner captures in the admin
 * once the money has arrived.
 */
export const BANK_TRANSFER_PROVIDER = "pp_system_default"

export type BankAccount =
  | { kind: "iban"; bank: string; iban: string; bic: string }
  | { kind: "us"; bank: string; routingNumber: string; accountNumber: string; accountType: string }

/**
 * The shop's own bank accounts, which customers who choose "Bank transfer" pay into: one per
 * currency, so a US customer pays dollars to a US account and an EU customer euros by SEPA.
 * The one place to change them: the storefront shows them after checkout, the order email repeats them.
 */
export const BANK_TRANSFER: { accountHolder: string; paymentDays: number; accounts: Record<string, BankAccount> } = {
  accountHolder: "Stillpoint Studio",
  paymentDays: 14,
  accounts: {
    eur: { kind: "iban", bank: "GLS Gemeinschaftsbank", iban: "DE82 4306 0967 2038 4751 00", bic: "GENODEM1GLS" },
    usd: { kind: "us", bank: "Mission Bay Community Bank", routingNumber: "122040391", accountNumber: "4862093715", accountType: "Checking" },
  },
}
