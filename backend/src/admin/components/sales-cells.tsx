import { Table, Text } from "@medusajs/ui"
import { formatRevenue, type Sales } from "../lib/journal-api"

/** The figures' column headings, in the order SalesCells fills them. */
export function SalesHeaderCells({ addedToCart = true }: { addedToCart?: boolean }) {
  return (
    <>
      {addedToCart && <Table.HeaderCell className="text-right">Added to cart</Table.HeaderCell>}
      <Table.HeaderCell className="text-right">Orders</Table.HeaderCell>
      <Table.HeaderCell className="text-right">Units</Table.HeaderCell>
      <Table.HeaderCell className="text-right">Revenue</Table.HeaderCell>
    </>
  )
}

export function SalesCells({ sales, addedToCart = true }: { sales: Sales; addedToCart?: boolean }) {
  return (
    <>
      {addedToCart && <Table.Cell className="text-right">{sales.add_to_carts}</Table.Cell>}
      <Table.Cell className="text-right">{sales.orders}</Table.Cell>
      <Table.Cell className="text-right">{sales.units}</Table.Cell>
      <Table.Cell className="text-right">{formatRevenue(sales.revenue)}</Table.Cell>
    </>
  )
}

/** What a page shows while its figures load, or when they could not be loaded. */
export function LoadState({ isLoading, error, what }: { isLoading: boolean; error: Error | null; what: string }) {
  if (error) return <Text className="px-6 py-4 text-ui-fg-error">Could not load {what}: {error.message}</Text>
  if (isLoading) return <Text className="px-6 py-4">Loading…</Text>
  return null
}
