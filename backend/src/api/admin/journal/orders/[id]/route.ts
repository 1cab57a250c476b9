/** GET /admin/journal/orders/:id — the order's lines that began in the journal, with the post's title. */
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { attributionFromMetadata } from "@stillpoint/shop-contracts"
import { journalPosts } from "../../../../../journal/posts"

type OrderLines = { items?: ({ id: string; title: string; product_title?: string | null; metadata?: Record<string, unknown> | null } | null)[] | null }

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders }: { data: OrderLines[] } = await query.graph({
    entity: "order",
    fields: ["id", "items.id", "items.title", "items.product_title", "items.metadata"],
    filters: { id: req.params.id },
  })
  if (!orders[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No order ${req.params.id}`)
  const titles = new Map((await journalPosts()).map((post) => [post.slug, post.title]))
  res.json({
    lines: (orders[0].items ?? []).flatMap((item) => {
      const from = item && attributionFromMetadata(item.metadata)
      if (!item || !from) return []
      return [{ line_item_id: item.id, product_title: item.product_title ?? item.title, post: { slug: from.post, title: titles.get(from.post) ?? from.post }, placement: from.placement }]
    }),
  })
}
