import { NextResponse, type NextRequest } from "next/server"
import { mayBeCategory, mayBeProduct } from "./lib/medusa/known-handles"
import { isRegionKey, pathInRegion, regionFromAcceptLanguage } from "./lib/region"
import { contentSecurityPolicy, securityHeaderOptions } from "./lib/security-headers.mjs"
import { isListingQuery } from "./lib/shop-listing"

const REGION_COOKIE = "region"

/**
 * Its jobs, each for the paths the matcher below lets in:
 * - a path without a region (/, /shop, a journal post's plain link …) is sent to the visitor's
 *   saved region, else to one guessed from Accept-Language;
 * - a page rendered per request gets a Content-Security-Policy with a fresh nonce;
 * - a made-up category or product address is answered by the per-request 404 page;
 * - a shop listing filtered, sorted or paged is rendered per request (shop-filtered/), its
 *   unfiltered first page served as prerendered;
 * - a product address with a query (a chosen variant, the post that linked it) is rendered per
 *   request (product-selection/), the plain address served as prerendered.
 */
export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl
  const [, region, section, handle, ...rest] = pathname.split("/")
  if (!isRegionKey(region)) return redirectToRegion(request)
  if (section === SHOP_FILTERED) return redirectBack(request, `/${region}/shop`, [handle, ...rest])
  if (section === PRODUCT_SELECTION) return redirectBack(request, `/${region}/products`, [handle, ...rest])
  if (section === "shop") {
    if (handle && !(await mayBeCategory(handle))) return notFound(request, region)
    if (!isListingQuery(searchParams)) return NextResponse.next()
    return withNoncePolicy(request, rewritten(request, `/${region}/${SHOP_FILTERED}${handle ? `/${handle}` : ""}`))
  }
  if (section === "products") {
    if (!handle || rest.length > 0 || !(await mayBeProduct(handle))) return notFound(request, region)
    // Next's own `_rsc` (a client navigation's cache key) is not the address's query.
    if (![...searchParams.keys()].some((key) => key !== "_rsc")) return NextResponse.next()
    return withNoncePolicy(request, rewritten(request, `/${region}/${PRODUCT_SELECTION}/${handle}`))
  }
  return withNoncePolicy(request)
}

/** Where filtered listings render (app/[region]/shop-filtered); only ever reached by the rewrite above. */
const SHOP_FILTERED = "shop-filtered"
/** Where product pages with a query render (app/[region]/product-selection); likewise. */
const PRODUCT_SELECTION = "product-selection"

/** The catch-all route ([...rest]) renders the region's 404 per request, never cached. */
function notFound(request: NextRequest, region: string) {
  return NextResponse.rewrite(new URL(`/${region}/not-found`, request.url))
}

function rewritten(request: NextRequest, pathname: string) {
  const target = request.nextUrl.clone()
  target.pathname = pathname
  return target
}

function redirectBack(request: NextRequest, base: string, segments: string[]) {
  const url = request.nextUrl.clone()
  url.pathname = [base, ...segments.filter(Boolean)].join("/")
  return NextResponse.redirect(url, 308)
}

function redirectToRegion(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  const saved = request.cookies.get(REGION_COOKIE)?.value
  const region = isRegionKey(saved) ? saved : regionFromAcceptLanguage(request.headers.get("accept-language"))
  const url = request.nextUrl.clone()
  const [targetPath, targetQuery] = pathInRegion(`${pathname}${search}`, region).split("?")
  url.pathname = targetPath
  url.search = targetQuery ? `?${targetQuery}` : ""
  return NextResponse.redirect(url, 307)
}

/** Next reads the policy from the request and puts its nonce on every script it writes. */
function withNoncePolicy(request: NextRequest, rewriteTo?: URL) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64")
  const policy = contentSecurityPolicy(securityHeaderOptions(), nonce)
  const headers = new Headers(request.headers)
  headers.set("content-security-policy", policy)
  const response = rewriteTo ? NextResponse.rewrite(rewriteTo, { request: { headers } }) : NextResponse.next({ request: { headers } })
  response.headers.set("Content-Security-Policy", policy)
  return response
}

export const config = {
  matcher: [
    // Region-less pages only: not /us or /eu (REGION_KEYS; matchers must be literals), API routes,
    // Next's own files, or files with an extension. Running the proxy for every page only to pass
    // it on cost a tenth of the server's time per cached page.
    "/((?!us$|us/|eu$|eu/|api|_next|favicon.ico|robots.txt|sitemap.xml|.*\\.[a-zA-Z0-9]+$).*)",
    // The pages rendered per request (PER_REQUEST_SECTIONS in lib/security-headers.mjs).
    "/:region(us|eu)/:section(cart|checkout|account|order|search)/:path*",
    // Prerendered pages with a handle in the address (made-up ones are answered 404 here).
    "/:region(us|eu)/products/:path*",
    "/:region(us|eu)/shop/:category",
    "/:region(us|eu)/shop-filtered/:path*",
    "/:region(us|eu)/product-selection/:path*",
    // The shop filtered, sorted or paged (LISTING_PARAMS in lib/shop-listing.ts), and only then:
    // its unfiltered page is prerendered and served without the proxy.
    { source: "/:region(us|eu)/shop", has: [{ type: "query", key: "category" }] },
    { source: "/:region(us|eu)/shop", has: [{ type: "query", key: "fill" }] },
    { source: "/:region(us|eu)/shop", has: [{ type: "query", key: "colour" }] },
    { source: "/:region(us|eu)/shop", has: [{ type: "query", key: "min" }] },
    { source: "/:region(us|eu)/shop", has: [{ type: "query", key: "max" }] },
    { source: "/:region(us|eu)/shop", has: [{ type: "query", key: "stock" }] },
    { source: "/:region(us|eu)/shop", has: [{ type: "query", key: "sort" }] },
    { source: "/:region(us|eu)/shop", has: [{ type: "query", key: "page" }] },
  ],
}
