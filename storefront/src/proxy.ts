import { NextResponse, type NextRequest } from "next/server"
import { isRegionKey, pathInRegion, regionFromAcceptLanguage } from "./lib/region"

const REGION_COOKIE = "region"

/**
 * Every page lives under /us or /eu. A path without one (/, /shop, /products/<handle>,
 * a journal post's plain link …) is sent to the visitor's saved region, else to one
 * guessed from Accept-Language.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  const first = pathname.split("/")[1]
  if (isRegionKey(first)) return NextResponse.next()
  const saved = request.cookies.get(REGION_COOKIE)?.value
  const region = isRegionKey(saved) ? saved : regionFromAcceptLanguage(request.headers.get("accept-language"))
  const url = request.nextUrl.clone()
  const target = pathInRegion(`${pathname}${search}`, region)
  const [targetPath, targetQuery] = target.split("?")
  url.pathname = targetPath
  url.search = targetQuery ? `?${targetQuery}` : ""
  return NextResponse.redirect(url, 307)
}

export const config = {
  // Region-less pages only: not /us or /eu (REGION_KEYS; the matcher must be a literal), API
  // routes, Next's own files, or files with an extension. Running the proxy for every page
  // only to pass it on cost a tenth of the server's time per cached page.
  matcher: ["/((?!us$|us/|eu$|eu/|api|_next|favicon.ico|robots.txt|sitemap.xml|.*\\.[a-zA-Z0-9]+$).*)"],
}
