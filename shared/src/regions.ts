/** The storefront's regions: the key in its URLs (/us/…, /eu/…) and the currency each sells in. */
export const REGION_CURRENCY = { us: "usd", eu: "eur" } as const

export type RegionKey = keyof typeof REGION_CURRENCY

export const DEFAULT_REGION: RegionKey = "us"

/** The region whose URLs show prices in `currency`; the default region for any other. */
export function regionForCurrency(currency: string): RegionKey {
  const wanted = currency.toLowerCase()
  return (Object.keys(REGION_CURRENCY) as RegionKey[]).find((key) => REGION_CURRENCY[key] === wanted) ?? DEFAULT_REGION
}
