/**
 * The storefront's security headers, set in next.config.ts on every response (so on prerendered
 * and ISR pages too, which Next serves from its cache without running any code of ours).
 *
 * Why a static policy with 'unsafe-inline' for scripts, and not Next's nonce-based one:
 * Next's App Router writes inline <script>s into every page (the bootstrap and the page's RSC
 * payload, `self.__next_f.push(...)`). A nonce must be fresh per request, so Next can only add it
 * while rendering: its CSP guide says a nonce-based policy requires dynamic rendering, which would
 * turn the home, shop, journal and post pages (prerendered or ISR, served from cache at a few ms)
 * into per-request renders (bench: product pages went from ~470 to ~40 req/s at 8 connections when
 * they became dynamic). Hashes are no way out either: the inline payload differs per page and per
 * regeneration, so no list of hashes fixed at build covers it, and with 'strict-dynamic' every
 * parser-inserted chunk <script src> would need a hash too. Next's experimental SRI (`sri` option)
 * covers the external chunks only, not the inline payload. So, as the guide's
 * "without nonces" example does, scripts are allowed from our own origin and inline; everything
 * else is locked down: no plugins (object-src), no <base> hijack, forms only to ourselves, no
 * framing (frame-ancestors, the clickjacking defence), connections and frames only to ourselves
 * (and Stripe when card payments are on). XSS is kept out where it enters: the journal's HTML is
 * sanitised (content/src/render), product text is escaped by React, JSON-LD escapes "<"
 * (tests/e2e/xss.spec.ts). Pages that already render per request (cart, checkout, account) could
 * carry a nonce policy on top later, without touching the cached pages.
 */

export type SecurityHeaderOptions = {
  /** NEXT_PUBLIC_STRIPE_KEY: Stripe.js and its frames are allowed only when card payments are on. */
  stripeKey?: string
  /** SITE_URL, the public address: HSTS (and upgrading requests) only when it is https. */
  siteUrl?: string
  /** The Medusa backend, for product images a page may load straight from its /static files. */
  backendUrl?: string
  /** `next dev` needs 'unsafe-eval' (React's debugging in development). */
  development?: boolean
}

export type Header = { key: string; value: string }

const STRIPE = {
  script: ["https://js.stripe.com", "https://*.js.stripe.com"],
  frame: ["https://js.stripe.com", "https://*.js.stripe.com", "https://hooks.stripe.com"],
  connect: ["https://api.stripe.com"],
  img: ["https://*.stripe.com"],
}

export function contentSecurityPolicy(options: SecurityHeaderOptions): string {
  const stripe = Boolean(options.stripeKey)
  const https = options.siteUrl?.startsWith("https://") ?? false
  const backend = options.backendUrl ? new URL(options.backendUrl).origin : undefined
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", "'unsafe-inline'", ...(options.development ? ["'unsafe-eval'"] : []), ...(stripe ? STRIPE.script : [])],
    // React and next/image write style attributes; Stripe's Payment Element styles its own frame.
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:", ...(backend ? [backend] : []), ...(stripe ? STRIPE.img : [])],
    ["font-src", "'self'"],
    ["connect-src", "'self'", ...(stripe ? STRIPE.connect : [])],
    ["frame-src", ...(stripe ? STRIPE.frame : ["'none'"])],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
  ]
  if (https) directives.push(["upgrade-insecure-requests"])
  return directives.map((directive) => directive.join(" ")).join("; ")
}

export function permissionsPolicy(options: SecurityHeaderOptions): string {
  const payment = options.stripeKey ? 'payment=(self "https://js.stripe.com")' : "payment=(self)"
  return ["camera=()", "microphone=()", "geolocation=()", payment].join(", ")
}

/** Every response's headers; the CSP is left to responses that set their own (see next.config.ts). */
export function securityHeaders(options: SecurityHeaderOptions): Header[] {
  const headers: Header[] = [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: permissionsPolicy(options) },
    // Older browsers that do not know frame-ancestors.
    { key: "X-Frame-Options", value: "DENY" },
  ]
  // HSTS over plain http is ignored by browsers and would pin localhost in some; only for an https site.
  if (options.siteUrl?.startsWith("https://")) {
    headers.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" })
  }
  return headers
}
