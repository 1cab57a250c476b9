/**
 * Seeds a fresh shop from ./seed/catalog.ts. Idempotent: every record is looked up by
 * its natural key (handle, name, code, email) and only what is missing is created, so a
 * second run changes nothing and says so.
 *
 * Run by `npm start` (and the test harness) through `medusa exec`.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  batchImageVariantsWorkflow,
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createPromotionsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  createUserAccountWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateProductVariantsWorkflow,
  updateRegionsWorkflow,
  updateSalesChannelsWorkflow,
  updateStoresWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { mkdirSync, writeFileSync } from "node:fs"
import { dirname } from "node:path"
import sharp from "sharp"
import {
  CATEGORIES,
  COLOURS,
  PRODUCTS,
  PROMOTIONS,
  PUBLISHABLE_KEY_TITLE,
  REGIONS,
  SALES_CHANNEL,
  STOCK_LOCATION,
  type ProductSeed,
} from "./seed/catalog"
import { productArt, type ArtView } from "./seed/product-art"

type Report = { step: string; created: number; present: number }

// What the seed reads back through Query, narrowed to the fields it asks for. Nullable where
// Medusa's generated Query types (.medusa/types, written by a build) say so.
type RegionWithProviders = { id: string; name: string; payment_providers?: ({ id: string } | null)[] | null }
type PicturedProduct = {
  handle: string
  /** An image's `variants`: the variants it is explicitly assigned to. */
  images?: ({ id: string; url: string; variants?: ({ id: string } | null)[] | null } | null)[] | null
  variants?: ({ id: string; sku: string | null; thumbnail: string | null } | null)[] | null
}

/** The channel Medusa creates on first start (createDefaultsWorkflow). */
const MEDUSA_DEFAULT_SALES_CHANNEL = "Default Sales Channel"

export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const reports: Report[] = []
  const report = (step: string, created: number, present: number) => {
    reports.push({ step, created, present })
    logger.info(`seed: ${step.padEnd(20)} ${created} created, ${present} already there`)
  }

  // Sales channel: the one Medusa made on first start becomes the shop's, so the shop has a
  // single channel. With one channel Medusa's product listing skips its per-request lookup of
  // every product in the channel (a cost that grows with the catalogue).
  const salesChannelModule = container.resolve(Modules.SALES_CHANNEL)
  let [salesChannel] = await salesChannelModule.listSalesChannels({ name: SALES_CHANNEL.name })
  const channelCreated = !salesChannel
  if (!salesChannel) {
    const [medusaDefault] = await salesChannelModule.listSalesChannels({ name: MEDUSA_DEFAULT_SALES_CHANNEL })
    if (medusaDefault) {
      await updateSalesChannelsWorkflow(container).run({
        input: { selector: { id: medusaDefault.id }, update: SALES_CHANNEL },
      })
      ;[salesChannel] = await salesChannelModule.listSalesChannels({ id: medusaDefault.id })
    } else {
      const { result } = await createSalesChannelsWorkflow(container).run({
        input: { salesChannelsData: [SALES_CHANNEL] },
      })
      salesChannel = result[0]
    }
  }
  report("sales channel", channelCreated ? 1 : 0, channelCreated ? 0 : 1)

  // Store currencies and defaults
  const storeModule = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores({}, { relations: ["supported_currencies"] })
  // EUR prices include VAT (as EU shoppers expect them shown); USD prices exclude sales tax.
  const wantedCurrencies = REGIONS.map((r, index) => ({
    currency_code: r.currency,
    is_default: index === 0,
    is_tax_inclusive: r.taxInclusive,
  }))
  // Tax inclusivity is kept as the Pricing Module's price preferences, not on the store.
  const preferences = await container.resolve(Modules.PRICING).listPricePreferences({ attribute: "currency_code" })
  const inclusive = new Set(preferences.filter((p) => p.is_tax_inclusive).map((p) => p.value))
  const currencyKey = (list: { currency_code: string; is_tax_inclusive?: boolean }[]) =>
    list.map((c) => `${c.currency_code}:${Boolean(c.is_tax_inclusive)}`).sort().join(",")
  const present = (store.supported_currencies ?? []).map((c) => ({
    currency_code: c.currency_code,
    is_tax_inclusive: inclusive.has(c.currency_code),
  }))
  const storeNeedsUpdate =
    currencyKey(present) !== currencyKey(wantedCurrencies) || store.default_sales_channel_id !== salesChannel.id
  if (storeNeedsUpdate) {
    await updateStoresWorkflow(container).run({
      input: {
        selector: { id: store.id },
        update: {
          name: "Stillpoint",
          supported_currencies: wantedCurrencies,
          default_sales_channel_id: salesChannel.id,
        },
      },
    })
  }
  report("store settings", storeNeedsUpdate ? 1 : 0, storeNeedsUpdate ? 0 : 1)

  // Publishable API key, handed to the storefront through a file the launcher reads
  const apiKeyModule = container.resolve(Modules.API_KEY)
  let [apiKey] = (await apiKeyModule.listApiKeys({ title: PUBLISHABLE_KEY_TITLE, type: "publishable" })).filter(
    (key) => !key.revoked_at
  )
  const keyCreated = !apiKey
  if (!apiKey) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "seed" }] },
    })
    apiKey = result[0]
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: apiKey.id, add: [salesChannel.id] } })
  }
  report("publishable key", keyCreated ? 1 : 0, keyCreated ? 0 : 1)
  const keyFile = process.env.PUBLISHABLE_KEY_FILE
  if (keyFile) {
    mkdirSync(dirname(keyFile), { recursive: true })
    writeFileSync(keyFile, `${apiKey.token}\n`)
  }

  // Regions
  const regionModule = container.resolve(Modules.REGION)
  const paymentProviders = ["pp_system_default", ...(process.env.STRIPE_API_KEY ? ["pp_stripe_stripe"] : [])]
  const regionNames = REGIONS.map((r) => r.name)
  const existingRegions = (await regionModule.listRegions({}, { take: null })).filter((r) => regionNames.includes(r.name))
  const missingRegions = REGIONS.filter((r) => !existingRegions.some((e) => e.name === r.name))
  if (missingRegions.length) {
    await createRegionsWorkflow(container).run({
      input: {
        regions: missingRegions.map((r) => ({
          name: r.name,
          currency_code: r.currency,
          countries: r.countries,
          payment_providers: paymentProviders,
          automatic_taxes: true,
          is_tax_inclusive: r.taxInclusive,
        })),
      },
    })
  }
  report("regions", missingRegions.length, existingRegions.length)

  // A payment provider configured after the first seed (STRIPE_API_KEY added later) is
  // offered in the existing regions too.
  const { data: regionProviders }: { data: RegionWithProviders[] } = await query.graph({
    entity: "region",
    fields: ["id", "name", "payment_providers.id"],
    filters: { id: existingRegions.map((r) => r.id) },
  })
  const lacking = regionProviders.filter((r) =>
    paymentProviders.some((id) => !r.payment_providers?.some((p) => p?.id === id))
  )
  for (const region of lacking) {
    await updateRegionsWorkflow(container).run({
      input: {
        selector: { id: region.id },
        update: {
          payment_providers: [...new Set([...(region.payment_providers ?? []).flatMap((p) => (p ? [p.id] : [])), ...paymentProviders])],
        },
      },
    })
  }
  report("region payments", lacking.length, regionProviders.length - lacking.length)

  // Tax regions: one per country, plus state rates under the US
  const taxModule = container.resolve(Modules.TAX)
  const existingTax = await taxModule.listTaxRegions({}, { take: null })
  const taxKey = (country: string, province?: string | null) => `${country}/${province ?? ""}`
  const taxPresent = new Set(existingTax.map((t) => taxKey(t.country_code, t.province_code)))
  const countryTax = REGIONS.flatMap((r) => Object.entries(r.taxRates)).filter(([c]) => !taxPresent.has(taxKey(c)))
  if (countryTax.length) {
    await createTaxRegionsWorkflow(container).run({
      input: countryTax.map(([country_code, rate]) => ({
        country_code,
        provider_id: "tp_system",
        default_tax_rate: { rate, name: rate ? "VAT" : "No sales tax", code: `${country_code.toUpperCase()}-STD` },
      })),
    })
  }
  const parents = (await taxModule.listTaxRegions({}, { take: null })).filter((t) => !t.province_code)
  const provinceTax = REGIONS.flatMap((r) =>
    Object.entries(r.provinceRates ?? {}).flatMap(([country, rates]) =>
      Object.entries(rates).map(([province, rate]) => ({ country, province, rate }))
    )
  ).filter((p) => !taxPresent.has(taxKey(p.country, p.province)))
  if (provinceTax.length) {
    await createTaxRegionsWorkflow(container).run({
      input: provinceTax.map((p) => ({
        country_code: p.country,
        province_code: p.province,
        // Only a country-level tax region names a provider; its states inherit it.
        parent_id: parents.find((t) => t.country_code === p.country)!.id,
        default_tax_rate: { rate: p.rate, name: "Sales tax", code: p.province.toUpperCase() },
      })),
    })
  }
  report("tax regions", countryTax.length + provinceTax.length, taxPresent.size)

  // Stock location, its fulfillment set and service zones
  const stockModule = container.resolve(Modules.STOCK_LOCATION)
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
  let [location] = await stockModule.listStockLocations({ name: STOCK_LOCATION.name })
  const locationCreated = !location
  if (!location) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: { locations: [STOCK_LOCATION] },
    })
    location = result[0]
    await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [salesChannel.id] } })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    })
    const fulfillmentSet = await fulfillmentModule.createFulfillmentSets({
      name: `${STOCK_LOCATION.name} shipping`,
      type: "shipping",
      service_zones: REGIONS.map((r) => ({
        name: r.name,
        geo_zones: r.countries.map((country_code) => ({ country_code, type: "country" as const })),
      })),
    })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
    })
  }
  report("stock location", locationCreated ? 1 : 0, locationCreated ? 0 : 1)

  // Shipping profile and options
  let [profile] = await fulfillmentModule.listShippingProfiles({ type: "default" })
  if (!profile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Default shipping profile", type: "default" }] },
    })
    profile = result[0]
  }
  const zones = await fulfillmentModule.listServiceZones({}, { take: null })
  const existingOptions = await fulfillmentModule.listShippingOptions({}, { take: null })
  const wantedOptions = REGIONS.flatMap((r) => {
    const zone = zones.find((z) => z.name === r.name)!
    const storeRules = [
      { attribute: "enabled_in_store", operator: "eq" as const, value: "true" },
      { attribute: "is_return", operator: "eq" as const, value: "false" },
    ]
    return [
      {
        name: "Standard shipping",
        label: "Standard",
        description: r.currency === "usd" ? "3 to 6 business days" : "4 to 7 business days",
        code: "standard",
        prices: [
          { currency_code: r.currency, amount: r.shipping.standard },
          {
            currency_code: r.currency,
            amount: 0,
            rules: [{ attribute: "item_total", operator: "gte" as const, value: r.shipping.freeStandardOver }],
          },
        ],
        zone,
        storeRules,
      },
      {
        name: "Express shipping",
        label: "Express",
        description: "1 to 2 business days",
        code: "express",
        prices: [{ currency_code: r.currency, amount: r.shipping.express }],
        zone,
        storeRules,
      },
    ]
  }).filter((o) => !existingOptions.some((e) => e.name === o.name && e.service_zone_id === o.zone.id))
  if (wantedOptions.length) {
    await createShippingOptionsWorkflow(container).run({
      input: wantedOptions.map((o) => ({
        name: o.name,
        price_type: "flat" as const,
        provider_id: "manual_manual",
        service_zone_id: o.zone.id,
        shipping_profile_id: profile.id,
        type: { label: o.label, description: o.description, code: o.code },
        prices: o.prices,
        rules: o.storeRules,
      })),
    })
  }
  report("shipping options", wantedOptions.length, existingOptions.length)

  // Categories
  const productModule = container.resolve(Modules.PRODUCT)
  const existingCategories = await productModule.listProductCategories({ handle: CATEGORIES.map((c) => c.handle) })
  const missingCategories = CATEGORIES.filter((c) => !existingCategories.some((e) => e.handle === c.handle))
  if (missingCategories.length) {
    await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missingCategories.map((c, rank) => ({ ...c, is_active: true, is_internal: false, rank })),
      },
    })
  }
  report("categories", missingCategories.length, existingCategories.length)
  const categories = await productModule.listProductCategories({ handle: CATEGORIES.map((c) => c.handle) })

  // Products, with their pictures uploaded through Medusa's File Module
  const existingProducts = await productModule.listProducts({ handle: PRODUCTS.map((p) => p.handle) }, { take: null })
  const missingProducts = PRODUCTS.filter((p) => !existingProducts.some((e) => e.handle === p.handle))
  for (const [index, product] of missingProducts.entries()) {
    logger.info(`seed: product ${index + 1}/${missingProducts.length} ${product.title}`)
    const images = await uploadProductImages(container, product)
    await createProductsWorkflow(container).run({
      input: {
        products: [
          {
            title: product.title,
            subtitle: product.subtitle,
            handle: product.handle,
            description: product.description,
            status: product.status === "draft" ? ProductStatus.DRAFT : ProductStatus.PUBLISHED,
            material: product.material,
            weight: product.weight,
            ...product.dimensions,
            thumbnail: images[0],
            images: images.map((url) => ({ url })),
            category_ids: [categories.find((c) => c.handle === product.category)!.id],
            shipping_profile_id: profile.id,
            sales_channels: [{ id: salesChannel.id }],
            metadata: { care: product.care },
            // Ranks keep the values in the catalogue's order (Medusa returns them unordered otherwise).
            options: Object.entries(product.options).map(([title, values]) => ({
              title,
              values,
              ranks: Object.fromEntries(values.map((value, rank) => [value, rank])),
            })),
            variants: variantsOf(product).map((v) => ({
              title: v.title,
              sku: v.sku,
              options: v.options,
              manage_inventory: true,
              allow_backorder: false,
              weight: product.weight,
              ...product.dimensions,
              prices: [
                { currency_code: "usd", amount: v.price.usd },
                { currency_code: "eur", amount: v.price.eur },
              ],
            })),
          },
        ],
      },
    })
  }
  report("products", missingProducts.length, existingProducts.length)

  // Each colour's pictures are its variants' own (Medusa's variant images), and its front view is
  // their thumbnail, which Medusa copies onto a cart line: the cart and orders show the colour
  // chosen. Products drawn in one colour only keep the product's pictures for every variant.
  // An image's `variants` are its explicit assignments; a variant's `images` would also list the
  // product's unassigned images, so they cannot tell what is assigned.
  const { data: pictured }: { data: PicturedProduct[] } = await query.graph({
    entity: "product",
    fields: ["handle", "images.id", "images.url", "images.variants.id", "variants.id", "variants.sku", "variants.thumbnail"],
    filters: { handle: PRODUCTS.map((p) => p.handle) },
  })
  const variantsByImage = new Map<string, string[]>()
  const thumbnails: { id: string; thumbnail: string }[] = []
  let variantsPictured = 0
  for (const product of PRODUCTS) {
    const option = pictureOption(product)
    const seeded = pictured.find((p) => p.handle === product.handle)
    if (!option || !seeded) continue
    const optionsBySku = new Map(variantsOf(product).map((v) => [v.sku, v.options]))
    for (const variant of seeded.variants ?? []) {
      const colour = variant?.sku ? optionsBySku.get(variant.sku)?.[option] : undefined
      if (!variant || !colour) continue
      const prefix = picturePrefix(product, colour)
      const own = (seeded.images ?? []).flatMap((image) => (image?.url.includes(prefix) ? [image] : []))
      const missing = own.filter((image) => !image.variants?.some((assigned) => assigned?.id === variant.id))
      for (const image of missing) variantsByImage.set(image.id, [...(variantsByImage.get(image.id) ?? []), variant.id])
      const front = own.find((image) => image.url.includes(`${prefix}front`))
      const wrongThumbnail = front !== undefined && variant.thumbnail !== front.url
      if (wrongThumbnail) thumbnails.push({ id: variant.id, thumbnail: front.url })
      if (missing.length || wrongThumbnail) variantsPictured++
    }
  }
  for (const [imageId, variantIds] of variantsByImage) {
    await batchImageVariantsWorkflow(container).run({ input: { image_id: imageId, add: variantIds } })
  }
  if (thumbnails.length) {
    await updateProductVariantsWorkflow(container).run({ input: { product_variants: thumbnails } })
  }
  const variantCount = PRODUCTS.filter(pictureOption).reduce((n, p) => n + variantsOf(p).length, 0)
  report("variant pictures", variantsPictured, variantCount - variantsPictured)

  // Inventory levels for every variant that has none at the workshop yet
  const { data: items } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "sku", "location_levels.location_id"],
    filters: { sku: PRODUCTS.flatMap((p) => variantsOf(p).map((v) => v.sku)) },
  })
  const stockBySku = new Map(PRODUCTS.flatMap((p) => variantsOf(p).map((v) => [v.sku, v.stock] as const)))
  const unstocked = items.filter((i) => !i.location_levels?.some((level: { location_id?: string } | null) => level?.location_id === location.id))
  if (unstocked.length) {
    await createInventoryLevelsWorkflow(container).run({
      input: {
        inventory_levels: unstocked.map((i) => ({
          inventory_item_id: i.id,
          location_id: location.id,
          stocked_quantity: stockBySku.get(i.sku!) ?? 0,
        })),
      },
    })
  }
  report("inventory levels", unstocked.length, items.length - unstocked.length)

  // Promotions
  const promotionModule = container.resolve(Modules.PROMOTION)
  const existingPromotions = await promotionModule.listPromotions({ code: PROMOTIONS.map((p) => p.code) })
  const missingPromotions = PROMOTIONS.filter((p) => !existingPromotions.some((e) => e.code === p.code))
  if (missingPromotions.length) {
    await createPromotionsWorkflow(container).run({
      input: {
        promotionsData: missingPromotions.map((p) => ({
          code: p.code,
          type: "standard" as const,
          status: "active" as const,
          is_automatic: false,
          application_method: {
            type: "percentage" as const,
            target_type: "order" as const,
            allocation: "across" as const,
            value: p.percentage,
            description: p.description,
          },
        })),
      },
    })
  }
  report("promotions", missingPromotions.length, existingPromotions.length)

  // The shop owner's admin login
  const email = process.env.ADMIN_EMAIL || "owner@stillpoint.local"
  const password = process.env.ADMIN_PASSWORD
  const userModule = container.resolve(Modules.USER)
  const [user] = await userModule.listUsers({ email })
  if (!user && password) {
    const authModule = container.resolve(Modules.AUTH)
    const { authIdentity, error } = await authModule.register("emailpass", { body: { email, password } })
    if (!authIdentity) throw new Error(`Could not create the admin login for ${email}: ${error}`)
    await createUserAccountWorkflow(container).run({
      input: { userData: { email, first_name: "Shop", last_name: "Owner" }, authIdentityId: authIdentity.id },
    })
  }
  report("admin user", !user && password ? 1 : 0, user ? 1 : 0)

  const created = reports.reduce((sum, r) => sum + r.created, 0)
  logger.info(created ? `seed: done, ${created} records created` : "seed: nothing to change, the shop was already seeded")
}

type VariantSeed = { title: string; sku: string; options: Record<string, string>; price: { usd: number; eur: number }; stock: number }

/** Every combination of the product's option values, with its SKU, price and stock. */
export function variantsOf(product: ProductSeed): VariantSeed[] {
  const entries = Object.entries(product.options)
  const combos = entries.reduce<Record<string, string>[]>(
    (acc, [name, values]) => acc.flatMap((combo) => values.map((value) => ({ ...combo, [name]: value }))),
    [{}]
  )
  return combos.map((options) => {
    const values = Object.values(options)
    const sku = [product.skuPrefix, ...values.map(skuCode)].join("-")
    const price = values.reduce(
      (sum, value) => {
        const extra = product.surcharge?.[value]
        return extra ? { usd: sum.usd + extra.usd, eur: sum.eur + extra.eur } : sum
      },
      { ...product.price }
    )
    return {
      title: values.join(" / "),
      sku,
      options,
      price,
      stock: product.stockBySku?.[sku] ?? product.stock ?? 20,
    }
  })
}

/** "Buckwheat hulls" -> "BUC", "Tall 20 cm" -> "TAL20", "2.5 kg" -> "2.5KG" */
function skuCode(value: string) {
  const digits = value.match(/[\d.]+/)?.[0]
  const letters = value.replace(/[^A-Za-z]/g, "").toUpperCase()
  return digits ? (/^\d/.test(value) ? `${digits}${letters}` : `${letters.slice(0, 3)}${digits}`) : letters.slice(0, 3)
}

/** The option a product's pictures are drawn in, one picture per value (a cushion's colour, a mala's wood). */
function pictureOption(product: ProductSeed): "Colour" | "Wood" | undefined {
  return product.options.Colour ? "Colour" : product.options.Wood ? "Wood" : undefined
}

/** How the file names of a colour's pictures start; their URLs contain it whichever file provider stores them. */
const picturePrefix = (product: ProductSeed, colour: string) => `${product.handle}-${colour.toLowerCase()}-`

async function uploadProductImages(container: ExecArgs["container"], product: ProductSeed): Promise<string[]> {
  const option = pictureOption(product)
  const colourNames = option ? product.options[option] : [product.artColour ?? "Oat"]
  const pictures: { colour: string; view: ArtView }[] = [
    ...colourNames.map((colour) => ({ colour, view: "front" as const })),
    { colour: colourNames[0], view: "above" },
  ]
  const files = await Promise.all(
    pictures.map(async ({ colour, view }) => ({
      filename: `${picturePrefix(product, colour)}${view}.webp`,
      mimeType: "image/webp",
      access: "public" as const,
      content: (
        await sharp(Buffer.from(productArt(product.art, COLOURS[colour], view))).webp({ quality: 82 }).toBuffer()
      ).toString("base64"),
    }))
  )
  const { result } = await uploadFilesWorkflow(container).run({ input: { files } })
  return result.map((file) => file.url)
}
