/** GET /admin/journal/posts/:slug?from=&to= — one post of the report, with its products' figures. */
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { journalReport } from "../../../../../journal/journal-report"
import { type AdminJournalPeriodType, periodOf } from "../../validators"

export async function GET(req: MedusaRequest<unknown, AdminJournalPeriodType>, res: MedusaResponse) {
  const { period, posts } = await journalReport(req.scope, periodOf(req.validatedQuery))
  const post = posts.find((candidate) => candidate.slug === req.params.slug)
  if (!post) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No journal post ${req.params.slug}`)
  res.json({ period, post })
}
