import { NextResponse, type NextRequest } from "next/server"
import { suggest } from "@/lib/medusa/search"
import type { SearchSuggestions } from "@/lib/medusa/types"
import { isRegionKey } from "@/lib/region"
import { normaliseQuery } from "@/lib/search-query"
import { searchQueryProblem } from "@stillpoint/shop-contracts"

const EMPTY: SearchSuggestions = { products: { hits: [], total: 0 }, posts: { hits: [], total: 0 } }

/**
 * The header's typeahead: GET /api/search?q=…&region=us|eu. The browser never talks to
 * the backend itself, so the publishable key stays on the server.
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams
  const region = params.get("region")
  const q = normaliseQuery(params.get("q"))
  if (!isRegionKey(region)) return NextResponse.json({ error: "region must be us or eu" }, { status: 400 })
  const problem = searchQueryProblem(params.get("q")?.trim() ?? "")
  if (problem) return NextResponse.json({ error: problem }, { status: 400 })
  if (!q) return NextResponse.json(EMPTY)
  try {
    return NextResponse.json(await suggest(q, region), { headers: { "cache-control": "private, no-store" } })
  } catch (error) {
    console.error("search: the backend did not answer", error)
    return NextResponse.json({ error: "Search is unavailable right now" }, { status: 502 })
  }
}
