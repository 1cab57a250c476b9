/** Figures and dates as the storefront shows them (storefront/src/lib/format.ts). */

/** Dollars as en-US ("$89.00"), euros as en-IE ("€84.00", symbol first, point decimal). */
const LOCALE_BY_CURRENCY: Record<string, string> = { usd: "en-US", eur: "en-IE" }

export function formatMoney(amount: number, currency: string): string {
  return new Intl.NumberFormat(LOCALE_BY_CURRENCY[currency.toLowerCase()] ?? "en-US", {
    style: "currency",
    currency: currency.toUpperCase(),
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(amount)
}

export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric" }).format(date)
}

const countryNames = new Intl.DisplayNames(["en"], { type: "region" })

/** "de" → "Germany". */
export const countryName = (code: string) => (code ? countryNames.of(code.toUpperCase()) ?? code.toUpperCase() : "")
