/**
 * The buyer's order confirmation: the lines, the figures as the storefront's confirmation page
 * shows them (storefront/src/lib/medusa/shape.ts), bank details when paid by bank transfer.
 */
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BANK_TRANSFER_PROVIDER } from "@stillpoint/shop-contracts"
import { countryName } from "../emails/format"
import { addressLines, orderUrl, sendEmail, shopImageUrl, storefrontUrl } from "../lib/emails"

/** The fields asked for below, typed loosely enough for Medusa's generated query types (.medusa/types) and for none. */
type PlacedOrder = {
  id: string
  display_id: string | number | null
  email: string | null
  currency_code: string
  created_at: string | Date
  customer: { has_account: boolean } | null
  items:
    | ({
        title: string
        product_title: string | null
        variant_title: string | null
        quantity: number
        unit_price: number
        thumbnail: string | null
        is_tax_inclusive: boolean
        created_at: string | Date
      } | null)[]
    | null
  shipping_methods: ({ name: string } | null)[] | null
  shipping_address: object | null
  item_subtotal: number
  original_item_total: number
  discount_total: number
  discount_tax_total: number
  shipping_total: number
  shipping_subtotal: number
  tax_total: number
  total: number
  payment_collections: ({ payments: ({ provider_id: string } | null)[] } | null)[] | null
}

const cents = (amount: number) => Math.round(Number(amount ?? 0) * 100) / 100

export default async function sendOrderPlacedEmail({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "email",
      "currency_code",
      "created_at",
      "customer.has_account",
      "items.title",
      "items.product_title",
      "items.variant_title",
      "items.quantity",
      "items.unit_price",
      "items.thumbnail",
      "items.is_tax_inclusive",
      "items.created_at",
      "shipping_methods.name",
      "shipping_address.*",
      "item_subtotal",
      "original_item_total",
      "discount_total",
      "discount_tax_total",
      "shipping_total",
      "shipping_subtotal",
      "tax_total",
      "total",
      "payment_collections.payments.provider_id",
    ],
    filters: { id: event.data.id },
  })
  const order: PlacedOrder | undefined = data[0]
  if (!order?.email) return

  const items = (order.items ?? []).filter((item) => item !== null)
  items.sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)))
  // EU prices include VAT: lines and subtotal are shown with it, the VAT as "included", the
  // discount gross. US prices are net: tax is added, the discount net of its tax.
  const taxInclusive = items.some((item) => item.is_tax_inclusive)
  const payments = (order.payment_collections ?? []).flatMap((collection) => collection?.payments ?? [])

  await sendEmail(container, {
    to: order.email,
    template: "order-placed",
    data: {
      shopUrl: storefrontUrl(),
      orderUrl: orderUrl(order),
      displayId: Number(order.display_id),
      placedAt: new Date(order.created_at).toISOString(),
      currency: order.currency_code,
      items: items.map((item) => ({
        title: item.product_title ?? item.title,
        variantTitle: item.variant_title ?? "",
        quantity: Number(item.quantity),
        total: cents(Number(item.unit_price) * Number(item.quantity)),
        imageUrl: shopImageUrl(item.thumbnail),
      })),
      shippingMethod: order.shipping_methods?.[0]?.name ?? null,
      shippingAddress: addressLines(order.shipping_address, countryName),
      totals: {
        subtotal: cents(taxInclusive ? order.original_item_total : order.item_subtotal),
        discount: cents(taxInclusive ? order.discount_total : Number(order.discount_total) - Number(order.discount_tax_total)),
        shipping: cents(taxInclusive ? order.shipping_total : order.shipping_subtotal),
        tax: cents(order.tax_total),
        total: cents(order.total),
        taxInclusive,
      },
      payByBankTransfer: payments.some((payment) => payment?.provider_id === BANK_TRANSFER_PROVIDER),
    },
    idempotencyKey: `order-placed:${order.id}`,
    triggerType: event.name,
    resourceId: order.id,
    resourceType: "order",
  })
}

export const config: SubscriberConfig = { event: "order.placed" }
