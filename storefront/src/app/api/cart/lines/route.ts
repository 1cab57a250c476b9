import { FetchError } from "@medusajs/js-sdk"
import { NextResponse, type NextRequest } from "next/server"
import { isJournalPlacement, isPostSlug, type JournalAttribution } from "@stillpoint/shop-contracts"
import type { FormState } from "@/lib/actions/state"
import { addLineItem } from "@/lib/medusa/cart"
import { errorMessage } from "@/lib/medusa/fetch"
import { getRegion } from "@/lib/medusa/regions"
import { isRegionKey } from "@/lib/region"

/**
 * Add to cart, from the product page's buy box and a post's product card. A route, not a server
 * action: an action answers with the page it was posted from re-rendered (it sets the cart cookie),
 * and the product page is two routes behind one address (proxy.ts), so the action could come back
 * rendered by the other one. This answers only the outcome; the header's count refetches itself.
 *
 * The browser's script asks for JSON. Without script the form posts here itself: the shopper is
 * sent on to the cart, or shown the reason the line was refused.
 */
export async function POST(request: NextRequest) {
  const wantsJson = request.headers.get("accept")?.includes("application/json") ?? false
  if (!sameOrigin(request)) return answer({ status: "error", message: "This form can only be sent from the shop itself." }, 403, wantsJson)
  const form = await request.formData().catch(() => new FormData())
  const variantId = String(form.get("variantId") ?? "")
  const quantity = Math.max(1, Math.min(10, Number(form.get("quantity") ?? 1) || 1))
  const regionKey = String(form.get("region") ?? "")
  if (!isRegionKey(regionKey)) return answer({ status: "error", message: "Unknown region." }, 400, wantsJson)
  if (!variantId) return answer({ status: "error", message: "Choose an option first." }, 400, wantsJson)
  try {
    const cart = await addLineItem(await getRegion(regionKey), variantId, quantity, journalAttribution(form))
    const message = `Added to your cart. Your cart has ${cart.itemCount} ${cart.itemCount === 1 ? "item" : "items"}.`
    if (!wantsJson) return NextResponse.redirect(new URL(`/${regionKey}/cart`, request.url), 303)
    return answer({ status: "ok", message }, 200, true)
  } catch (error) {
    const message = errorMessage(error)
    if (/inventory/i.test(message)) return answer({ status: "error", message: "Sorry, this option is sold out." }, 409, wantsJson)
    // The Store API's refusal (a variant not in this region, a quantity it will not take) is the
    // request's fault; anything else is the shop's.
    const refused = error instanceof FetchError && error.status !== undefined && error.status >= 400 && error.status < 500
    const status = refused ? 400 : 502
    return answer({ status: "error", message }, status, wantsJson)
  }
}

function answer(state: FormState, status: number, json: boolean) {
  const headers = { "cache-control": "private, no-store" }
  return json ? NextResponse.json(state, { status, headers }) : new NextResponse(state.message, { status, headers: { ...headers, "content-type": "text/plain; charset=utf-8" } })
}

/**
 * Refuses a post from another site, as Next does for server actions: the Origin's host must be
 * the one the request was sent to (x-forwarded-host behind the balancer). Browsers send Origin on
 * every POST; a request without one is not a browser's cross-site form.
 */
function sameOrigin(request: NextRequest): boolean {
  const origin = request.headers.get("origin")
  if (!origin) return true
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host")
  try {
    return new URL(origin).host === host
  } catch {
    return false
  }
}

/** The post the product was chosen in (ProductPurchase's hidden fields), checked for shape; the backend checks the rest. */
function journalAttribution(form: FormData): JournalAttribution | undefined {
  const post = form.get("fromPost")
  const placement = form.get("fromPlacement")
  return isPostSlug(post) && isJournalPlacement(placement) ? { post, placement } : undefined
}
