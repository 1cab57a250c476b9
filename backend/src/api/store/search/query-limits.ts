/**
 * POST /store/search: each query's `filters.q` within the shop's limits (shop-contracts'
 * SEARCH_QUERY_LIMITS), refused with a 400 before the Search Module runs anything. Medusa
 * accepts a `q` of any length, and a 10,000-character one costs seconds of database time.
 */
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { searchQueryProblem } from "@stillpoint/shop-contracts"

type SearchBody = { queries?: unknown } & Record<string, unknown>

export function limitSearchQueries(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as SearchBody
  const queries = Array.isArray(body.queries) ? body.queries : [body]
  queries.forEach((query, index) => {
    const filters = (query as { filters?: { q?: unknown } } | null)?.filters
    if (filters?.q === undefined) return
    const where = Array.isArray(body.queries) ? `queries[${index}].filters.q` : "filters.q"
    if (typeof filters.q !== "string") throw new MedusaError(MedusaError.Types.INVALID_DATA, `${where} must be text`)
    const problem = searchQueryProblem(filters.q)
    if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${where}: ${problem}`)
  })
  next()
}
