/**
 * The Journal pages' and widgets' data: the backend's /admin/journal routes (src/api/admin/journal),
 * fetched with React Query as the admin's own pages are.
 */
import { useQuery } from "@tanstack/react-query"
import type { JournalPostRow, JournalReport, LinkedProduct } from "../../journal/journal-report"
import type { Revenue, Sales } from "../../journal/attributed-sales"
import { sdk } from "./sdk"

export type { JournalPostRow, JournalReport, LinkedProduct, Revenue, Sales }

export type Period = { from: string; to: string }

const isoDay = (date: Date) => date.toISOString().slice(0, 10)

/** The last `days` days, today included. */
export function lastDays(days: number, today = new Date()): Period {
  return { from: isoDay(new Date(today.getTime() - (days - 1) * 86_400_000)), to: isoDay(today) }
}

export const PERIODS = [
  { label: "Last 7 days", days: 7 },
  { label: "Last 30 days", days: 30 },
  { label: "Last 90 days", days: 90 },
  { label: "Last 365 days", days: 365 },
] as const

export function useJournalReport(period: Period) {
  return useQuery({
    queryKey: ["journal", "posts", period],
    queryFn: () => sdk.client.fetch<JournalReport>("/admin/journal/posts", { query: period }),
  })
}

export function useJournalPost(slug: string, period: Period) {
  return useQuery({
    queryKey: ["journal", "post", slug, period],
    queryFn: () => sdk.client.fetch<{ period: JournalReport["period"]; post: JournalPostRow }>(`/admin/journal/posts/${encodeURIComponent(slug)}`, { query: period }),
  })
}

export type ProductPost = Pick<JournalPostRow, "slug" | "title" | "status" | "date" | "sales">

export function useProductPosts(productId: string, period: Period) {
  return useQuery({
    queryKey: ["journal", "product", productId, period],
    queryFn: () => sdk.client.fetch<{ period: JournalReport["period"]; posts: ProductPost[] }>(`/admin/journal/products/${encodeURIComponent(productId)}`, { query: period }),
  })
}

export type AttributedLine = { line_item_id: string; product_title: string; post: { slug: string; title: string }; placement: "card" | "link" }

export function useOrderAttribution(orderId: string) {
  return useQuery({
    queryKey: ["journal", "order", orderId],
    queryFn: () => sdk.client.fetch<{ lines: AttributedLine[] }>(`/admin/journal/orders/${encodeURIComponent(orderId)}`),
  })
}

/** "€120.00 · $89.00": each currency on its own, never added together. */
export function formatRevenue(revenue: Revenue[]): string {
  if (!revenue.length) return "—"
  return revenue
    .map(({ currency_code, amount }) => new Intl.NumberFormat("en", { style: "currency", currency: currency_code.toUpperCase() }).format(amount))
    .join(" · ")
}

export function formatDay(iso: string): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(iso))
}
