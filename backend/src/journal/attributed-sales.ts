/**
 * What the journal sold in a period, per post and per product: orders, units and revenue from
 * the orders' line items that carry a journal attribution (shared/src/journal-attribution.ts),
 * and how many cart lines the posts started. Orders are read through Medusa's own
 * getOrdersListWorkflow (the admin's order list), which works out each line's totals; carts
 * through Query. Revenue is each line's total after discounts and without tax, per currency.
 * Canceled orders do not count.
 */
import { getOrdersListWorkflow } from "@medusajs/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { attributionFromMetadata } from "@stillpoint/shop-contracts"

export type Period = { from: Date; to: Date }
export type Revenue = { currency_code: string; amount: number }
export type Sales = { orders: number; units: number; revenue: Revenue[]; add_to_carts: number }

/** Revenue in cents per currency: each line's net rounded once, so sums over any period add up exactly. */
type Tally = { orders: Set<string>; units: number; revenue: Map<string, number>; addToCarts: number }
const PAGE = 200

type OrderLine = { quantity?: unknown; metadata?: Record<string, unknown> | null; product_handle?: string | null; total?: unknown; tax_total?: unknown }
type OrderRow = { id: string; status?: string; currency_code: string; items?: (OrderLine | null)[] | null }
type CartRow = { items?: ({ metadata?: Record<string, unknown> | null; product_handle?: string | null; created_at?: Date | string | null } | null)[] | null }

const amount = (value: unknown) => MathBN.convert((value ?? 0) as number).toNumber()

/** Tallies keyed by post slug, and by `<slug> <product handle>` for each product of a post. */
export class JournalSales {
  private readonly tallies = new Map<string, Tally>()

  private tally(key: string): Tally {
    let tally = this.tallies.get(key)
    if (!tally) {
      tally = { orders: new Set(), units: 0, revenue: new Map(), addToCarts: 0 }
      this.tallies.set(key, tally)
    }
    return tally
  }

  addOrderLine(post: string, product: string, orderId: string, currency: string, units: number, revenue: number) {
    for (const tally of [this.tally(post), this.tally(`${post} ${product}`)]) {
      tally.orders.add(orderId)
      tally.units += units
      tally.revenue.set(currency, (tally.revenue.get(currency) ?? 0) + Math.round(revenue * 100))
    }
  }

  addCartLine(post: string, product: string) {
    this.tally(post).addToCarts += 1
    this.tally(`${post} ${product}`).addToCarts += 1
  }

  of(post: string, product?: string): Sales {
    const tally = this.tallies.get(product ? `${post} ${product}` : post)
    return {
      orders: tally?.orders.size ?? 0,
      units: tally?.units ?? 0,
      revenue: [...(tally?.revenue ?? [])]
        .map(([currency_code, cents]) => ({ currency_code, amount: cents / 100 }))
        .sort((a, b) => a.currency_code.localeCompare(b.currency_code)),
      add_to_carts: tally?.addToCarts ?? 0,
    }
  }
}

export async function journalSales(container: MedusaContainer, period: Period): Promise<JournalSales> {
  const sales = new JournalSales()
  const createdIn = { $gte: period.from, $lt: period.to }

  for (let skip = 0; ; skip += PAGE) {
    const { result } = await getOrdersListWorkflow(container).run({
      input: {
        // The order module works out line totals only when an order total is asked for too.
        fields: ["id", "status", "currency_code", "total", "items.quantity", "items.metadata", "items.product_handle", "items.total", "items.tax_total"],
        variables: { filters: { created_at: createdIn, is_draft_order: false }, skip, take: PAGE, order: { created_at: "ASC" } },
      },
    })
    const rows = (Array.isArray(result) ? result : result.rows) as unknown as OrderRow[]
    for (const order of rows) {
      if (order.status === "canceled") continue
      for (const line of order.items ?? []) {
        const from = attributionFromMetadata(line?.metadata)
        if (!line || !from || !line.product_handle) continue
        sales.addOrderLine(from.post, line.product_handle, order.id, order.currency_code, amount(line.quantity), amount(line.total) - amount(line.tax_total))
      }
    }
    if (rows.length < PAGE) break
  }

  // Cart lines the posts started in the period (an order's cart included): one per line.
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  for (let skip = 0; ; skip += PAGE) {
    const { data: carts }: { data: CartRow[] } = await query.graph({
      entity: "cart",
      fields: ["id", "items.metadata", "items.product_handle", "items.created_at"],
      filters: { updated_at: { $gte: period.from } },
      pagination: { skip, take: PAGE, order: { created_at: "ASC" } },
    })
    for (const cart of carts) {
      for (const line of cart.items ?? []) {
        const from = attributionFromMetadata(line?.metadata)
        const created = line?.created_at ? new Date(line.created_at) : undefined
        if (!from || !line?.product_handle || !created || created < period.from || created >= period.to) continue
        sales.addCartLine(from.post, line.product_handle)
      }
    }
    if (carts.length < PAGE) break
  }
  return sales
}
