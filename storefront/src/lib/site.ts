import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { listRegions } from "./medusa/regions"
import { isRegionKey, pathInRegion, regionLanguages } from "./region"

/** The shop's public address, for feeds, the sitemap, canonical links and structured data. */
export const SITE_URL = (process.env.SITE_URL || `http://localhost:${process.env.PORT || 8000}`).replace(/\/$/, "")
export const SITE_NAME = "Stillpoint"

export const absoluteUrl = (path: string) => `${SITE_URL}${path.startsWith("/") ? path : `/${path}`}`

/**
 * A region's page names itself as canonical and its copies in the other regions as alternates, so
 * search engines show each reader the copy in their currency instead of treating them as duplicates.
 * `path` is the page's address without the region ("/products/travel-zafu", "" for the home page).
 */
export async function regionAlternates(region: string, path: string): Promise<NonNullable<Metadata["alternates"]>> {
  if (!isRegionKey(region)) notFound()
  return { canonical: absoluteUrl(pathInRegion(path, region)), languages: regionLanguages(path, await listRegions(), absoluteUrl) }
}

/** JSON for a <script type="application/ld+json">, safe to inline in HTML. */
export function jsonLd(data: object) {
  return JSON.stringify(data).replace(/</g, "\\u003c")
}

export type BankAccount =
  | { kind: "iban"; bank: string; iban: string; bic: string }
  | { kind: "us"; bank: string; routingNumber: string; accountNumber: string; accountType: string }

/**
 * The shop's own bank accounts, which customers who choose "Bank transfer" pay into: one per
 * currency, so a US customer pays dollars to a US account and an EU customer euros by SEPA.
 * The one place to change them.
 */
export const BANK_TRANSFER: { accountHolder: string; paymentDays: number; accounts: Record<string, BankAccount> } = {
  accountHolder: "Stillpoint Studio",
  paymentDays: 14,
  accounts: {
    eur: { kind: "iban", bank: "GLS Gemeinschaftsbank", iban: "DE82 4306 0967 2038 4751 00", bic: "GENODEM1GLS" },
    usd: { kind: "us", bank: "Mission Bay Community Bank", routingNumber: "122040391", accountNumber: "4862093715", accountType: "Checking" },
  },
}
