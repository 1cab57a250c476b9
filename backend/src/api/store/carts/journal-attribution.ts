import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { attributionFromMetadata, JOURNAL_METADATA, withoutAttribution } from "@stillpoint/shop-contracts"
import { publishedPostLinksProduct } from "../../../journal/posts"

type LineItemBody = { variant_id?: string; metadata?: Record<string, unknown> | null }

/** Nullable where Medusa's generated Query types (.medusa/types) say so. */
type VariantProduct = { product?: { handle?: string | null } | null }
type CartItems = { items?: ({ id: string; product_handle?: string | null } | null)[] | null }

/**
 * A line item's journal attribution (shared/src/journal-attribution.ts) comes from the
 * storefront, so from the client: it is kept only when the post is published and links the
 * line's product; otherwise the claim is dropped from the metadata and the line is added or
 * updated without it (a line keeps the true attribution it had). Runs after the shop's body validation; Medusa's own validator of the
 * route may run after it and parse the body again, so both are cleaned.
 */
export async function keepOnlyTrueAttribution(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    // The shop's validator (middlewares.ts) ran first: the body has the line item route's shape.
    const body = req.validatedBody as LineItemBody | undefined
    const metadata = body?.metadata
    if (!metadata || !(JOURNAL_METADATA.post in metadata || JOURNAL_METADATA.placement in metadata)) return next()
    const claimed = attributionFromMetadata(metadata)
    const handle = claimed ? await productHandleOfLine(req, body) : undefined
    if (!claimed || !handle || !(await publishedPostLinksProduct(claimed.post, handle))) {
      for (const target of [body, req.body as LineItemBody | undefined]) dropClaim(target)
      req.scope.resolve(ContainerRegistrationKeys.LOGGER).info(`Journal attribution ignored: ${JSON.stringify(claimed ?? metadata[JOURNAL_METADATA.post])} does not link ${handle ?? "this line's product"}`)
    }
    next()
  } catch (error) {
    next(error)
  }
}

/**
 * Without the claim, metadata left empty is no metadata at all: an update then leaves the line's
 * own (an earlier, true attribution) as it was, and an add merges with the variant's plain line.
 */
function dropClaim(target: LineItemBody | undefined) {
  if (!target?.metadata) return
  const rest = withoutAttribution(target.metadata)
  if (Object.keys(rest).length) target.metadata = rest
  else delete target.metadata
}

async function productHandleOfLine(req: MedusaRequest, body: LineItemBody): Promise<string | undefined> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  if (req.params.line_id) {
    const { data: carts }: { data: CartItems[] } = await query.graph({ entity: "cart", fields: ["items.id", "items.product_handle"], filters: { id: req.params.id } })
    return carts[0]?.items?.find((item) => item?.id === req.params.line_id)?.product_handle ?? undefined
  }
  if (!body.variant_id) return undefined
  const { data: variants }: { data: VariantProduct[] } = await query.graph({ entity: "product_variant", fields: ["product.handle"], filters: { id: body.variant_id } })
  return variants[0]?.product?.handle ?? undefined
}
