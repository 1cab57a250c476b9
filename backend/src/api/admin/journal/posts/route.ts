/**
 * GET /admin/journal/posts?from=&to= — every journal post: its status, the products it links
 * with their state in the catalogue, and what it sold in the period (src/journal).
 */
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { journalReport } from "../../../../journal/journal-report"
import { type AdminJournalPeriodType, periodOf } from "../validators"

export async function GET(req: MedusaRequest<unknown, AdminJournalPeriodType>, res: MedusaResponse) {
  res.json(await journalReport(req.scope, periodOf(req.validatedQuery)))
}
