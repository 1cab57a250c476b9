/**
 * GET /admin/journal/products/:id?from=&to= — the posts that link a product, with what each sold
 * of it in the period: the product page's widget, and its warning before unpublishing.
 */
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { journalReport } from "../../../../../journal/journal-report"
import { type AdminJournalPeriodType, periodOf } from "../../validators"

export async function GET(req: MedusaRequest<unknown, AdminJournalPeriodType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products }: { data: { handle: string }[] } = await query.graph({ entity: "product", fields: ["handle"], filters: { id: req.params.id } })
  if (!products[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No product ${req.params.id}`)
  const { period, posts } = await journalReport(req.scope, periodOf(req.validatedQuery))
  const handle = products[0].handle
  res.json({
    period,
    posts: posts.flatMap((post) => {
      const linked = post.products.find((product) => product.handle === handle)
      return linked ? [{ slug: post.slug, title: post.title, status: post.status, date: post.date, sales: linked.sales }] : []
    }),
  })
}
