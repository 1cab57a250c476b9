import { NextResponse } from "next/server"
import { getCartSummary } from "@/lib/medusa/cart"
import { getCustomer } from "@/lib/medusa/customer"

/** The header's per-visitor bits, fetched by a small client island so pages stay static. */
export async function GET() {
  const [cart, customer] = await Promise.all([getCartSummary().catch(() => null), getCustomer().catch(() => null)])
  return NextResponse.json(
    { cartCount: cart?.itemCount ?? 0, customerName: customer ? customer.firstName || customer.email : null },
    { headers: { "cache-control": "private, no-store" } },
  )
}
