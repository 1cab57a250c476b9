/**
 * Fills the catalogue with generated products up to a total of published products, for the
 * benchmarks (`npm run bench`, bench/search.ts). A `medusa exec` script (run by
 * bench/catalog.ts), so products go through Medusa's own createProductsWorkflow in large
 * chunks rather than one admin API request per 50:
 *
 *   medusa exec ../bench/generate-products.ts <total products>
 *
 * Generated products are published in the shop's sales channel, spread over the seeded
 * categories, show a seeded product's picture and have plenty of stock at the workshop,
 * so benchmarks can buy them for as long as they run. Progress lines start with "generate: ".
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { SALES_CHANNEL, STOCK_LOCATION } from "../backend/src/scripts/seed/catalog"
import { GENERATED_HANDLE_PREFIX, word } from "./catalog"

const CHUNK = 250
const STOCK = 1_000_000
const FILLS = ["Buckwheat hulls", "Kapok"]

export default async function generateProducts({ container, args }: ExecArgs) {
  const total = Number(args?.[0])
  if (!Number.isInteger(total) || total < 1) throw new Error("Usage: medusa exec ../bench/generate-products.ts <total products>")
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const productModule = container.resolve(Modules.PRODUCT)
  const [, existing] = await productModule.listAndCountProducts({ status: ProductStatus.PUBLISHED }, { take: 1 })
  const [, generatedBefore] = await productModule.listAndCountProducts({ handle: { $like: `${GENERATED_HANDLE_PREFIX}%` } }, { take: 1 })
  const missing = total - existing
  if (missing <= 0) return console.log(`generate: ${existing} published products already, nothing to add`)

  const [salesChannel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({ name: SALES_CHANNEL.name })
  const [location] = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({ name: STOCK_LOCATION.name })
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({}, { take: 1 })
  const categories = await productModule.listProductCategories({}, { select: ["id"] })
  const { data: pictured } = await query.graph({ entity: "product", fields: ["thumbnail", "images.url"], filters: { handle: "classic-round-zafu" } })
  const picture = pictured[0]?.thumbnail ?? undefined
  if (!salesChannel || !location || !profile) throw new Error("Seed the shop first (sales channel, stock location, shipping profile are missing)")

  const started = Date.now()
  for (let done = 0; done < missing; done += CHUNK) {
    const products = Array.from({ length: Math.min(CHUNK, missing - done) }, (_, k) => {
      const i = generatedBefore + done + k
      return {
        title: `${word(i)} ${word(i + 5)} cushion ${i}`,
        handle: `${GENERATED_HANDLE_PREFIX}${i}`,
        description: `A generated ${word(i + 1)} cushion with ${word(i + 2)} fill, for the benchmarks.`,
        status: ProductStatus.PUBLISHED,
        thumbnail: picture,
        images: picture ? [{ url: picture }] : [],
        category_ids: [categories[i % categories.length].id],
        shipping_profile_id: profile.id,
        sales_channels: [{ id: salesChannel.id }],
        weight: 2000,
        options: [{ title: "Fill", values: FILLS }],
        variants: FILLS.map((fill, v) => ({
          title: fill,
          sku: `BENCH-${i}-${v}`,
          manage_inventory: true,
          options: { Fill: fill },
          prices: [
            { currency_code: "usd", amount: 40 + (i % 120) + v * 10 },
            { currency_code: "eur", amount: 38 + (i % 120) + v * 9 },
          ],
        })),
      }
    })
    const { result } = await createProductsWorkflow(container).run({ input: { products } })
    const { data: items } = await query.graph({
      entity: "inventory_item",
      fields: ["id"],
      filters: { sku: result.flatMap((product) => (product.variants ?? []).map((variant) => variant.sku ?? "")) },
    })
    await createInventoryLevelsWorkflow(container).run({
      input: { inventory_levels: items.map((item) => ({ inventory_item_id: item.id, location_id: location.id, stocked_quantity: STOCK })) },
    })
    const seconds = (Date.now() - started) / 1000
    console.log(`generate: ${done + products.length}/${missing} products in ${seconds.toFixed(1)} s`)
  }
}
