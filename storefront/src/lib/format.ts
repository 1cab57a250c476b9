import type { Money } from "./medusa/types"

/**
 * Each currency is shown the way its shoppers expect in an English-language shop:
 * dollars as en-US ("$89.00"), euros as en-IE ("€84.00", symbol first, point decimal).
 */
const LOCALE_BY_CURRENCY: Record<string, string> = { usd: "en-US", eur: "en-IE" }

const formatters = new Map<string, Intl.NumberFormat>()

export function formatMoney(money: Money): string {
  const currency = money.currency.toLowerCase()
  let formatter = formatters.get(currency)
  if (!formatter) {
    formatter = new Intl.NumberFormat(LOCALE_BY_CURRENCY[currency] ?? "en-US", {
      style: "currency",
      currency: currency.toUpperCase(),
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    })
    formatters.set(currency, formatter)
  }
  return formatter.format(money.amount)
}

const countryNames = new Intl.DisplayNames(["en"], { type: "region" })

/** "de" → "Germany". */
export function countryName(code: string): string {
  if (!code) return ""
  return countryNames.of(code.toUpperCase()) ?? code.toUpperCase()
}

// Built once: constructing an Intl formatter (what toLocaleString does on every call) cost a
// product page rendered per request ~3 % of its CPU (a profile of `next start`).
const dates = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric" })
const kilograms = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 })

export function formatDate(iso: string): string {
  return dates.format(new Date(iso))
}

export function formatWeight(grams: number): string {
  return grams >= 1000 ? `${kilograms.format(grams / 1000)} kg` : `${grams} g`
}
