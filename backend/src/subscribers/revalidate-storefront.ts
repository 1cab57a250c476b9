/**
 * Tells the storefront that catalog data changed, so its cached pages (tagged by the
 * storefront's data layer) are regenerated: an edit in the admin shows up in the shop
 * without a rebuild. Without STOREFRONT_URL/REVALIDATE_SECRET there is nobody to tell.
 *
 * Several storefront instances each keep their own cache, so every one of them is told:
 * STOREFRONT_REVALIDATE_URLS lists them (comma-separated); it defaults to STOREFRONT_URL.
 */
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CACHE_TAGS, requestRevalidation } from "@stillpoint/shop-contracts"
import { PRODUCT_DOCUMENT_EVENTS } from "../search/product-events"

const SECOND_REVALIDATION_MS = 3000

function storefrontInstances(): string[] {
  const listed = process.env.STOREFRONT_REVALIDATE_URLS || process.env.STOREFRONT_URL || ""
  return listed.split(",").map((url) => url.trim()).filter(Boolean)
}

export default async function revalidateStorefront({ event, container }: SubscriberArgs<{ id: string }>) {
  const instances = storefrontInstances()
  const secret = process.env.REVALIDATE_SECRET
  if (!instances.length || !secret) return
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)

  const tags = new Set<string>([CACHE_TAGS.products])
  if (event.name.startsWith("product-category.")) tags.add(CACHE_TAGS.categories)
  if (event.name.startsWith("product.") && !event.name.endsWith(".deleted")) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product", fields: ["handle"], filters: { id: event.data.id } })
    if (data[0]?.handle) tags.add(CACHE_TAGS.product(data[0].handle))
  }

  const tell = () =>
    Promise.all(
      instances.map(async (storefrontUrl) => {
        try {
          const response = await requestRevalidation(storefrontUrl, secret, [...tags], AbortSignal.timeout(5000))
          if (!response.ok) logger.warn(`storefront ${storefrontUrl} answered ${response.status} to revalidation for ${event.name}`)
        } catch (error) {
          // That instance may be down or restarting; its time-based revalidation catches up.
          logger.warn(`storefront revalidation at ${storefrontUrl} failed for ${event.name}: ${(error as Error).message}`)
        }
      })
    )
  await tell()
  // Next stamps a regenerated page with the time its render ended: a render that began before
  // this change and ends after the revalidation above keeps the old data as if it were fresh.
  // A second revalidation, once such renders are over, catches it.
  setTimeout(() => void tell(), SECOND_REVALIDATION_MS).unref()
}

export const config: SubscriberConfig = {
  // What listings show and filter on, stock included, as the product index holds it (an order's
  // own storefront refreshes at once; every other instance through order.placed), and categories.
  event: [...PRODUCT_DOCUMENT_EVENTS, "product-category.created", "product-category.updated", "product-category.deleted"],
}
