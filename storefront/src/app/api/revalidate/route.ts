import { timingSafeEqual } from "node:crypto"
import { revalidateTag } from "next/cache"
import { NextResponse, type NextRequest } from "next/server"
import { REVALIDATE_SECRET_HEADER } from "@stillpoint/shop-contracts"

function secretMatches(given: string | null): boolean {
  const expected = process.env.REVALIDATE_SECRET
  if (!expected || !given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** The backend calls this when products change (requestRevalidation in @stillpoint/shop-contracts). */
export async function POST(request: NextRequest) {
  if (!secretMatches(request.headers.get(REVALIDATE_SECRET_HEADER))) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 })
  }
  const body: unknown = await request.json().catch(() => null)
  const tags =
    body && typeof body === "object" && "tags" in body && Array.isArray(body.tags)
      ? body.tags.filter((t): t is string => typeof t === "string" && t.length > 0 && t.length < 200)
      : null
  if (!tags || tags.length === 0) {
    return NextResponse.json({ error: "expected {\"tags\": string[]}" }, { status: 400 })
  }
  for (const tag of tags) revalidateTag(tag, "max")
  return NextResponse.json({ revalidated: tags })
}
