// @ts-check
/**
 * The storefront's security headers, in JavaScript (typed by JSDoc) because next.config.mjs
 * imports them: a TypeScript config makes `next start` load Next's SWC compiler, ~26 MB of
 * resident memory, only to compile it. Two Content-Security-Policies, because the shop has two kinds
 * of page:
 *
 * - Pages rendered per request (cart, checkout, account, order, search, and the shop's listings
 *   and product pages whose address has a query: the ones that read cookies or the query string,
 *   so the ones a crafted link could inject into) get a strict policy with a fresh nonce:
 *   proxy.ts makes it, hands it to Next on the request (Next puts the nonce on every script it
 *   writes) and sends it on the response. Only scripts carrying the nonce
 *   run, and what they load ('strict-dynamic': Next's chunks, Stripe.js).
 * - Prerendered and ISR pages (home, shop, categories, products at their plain address, journal)
 *   are served from Next's cache without running any code of ours, so no nonce can be fresh there: Next's CSP guide says a
 *   nonce needs dynamic rendering, which would cost those pages their cache (product pages went
 *   from ~470 to ~40 req/s when they turned dynamic). Hashes cannot replace it: each page inlines
 *   its own RSC payload (`self.__next_f.push(...)`), different per page and per regeneration.
 *   These pages get the static policy from next.config.mjs, scripts from our origin and inline.
 *   They reflect nothing from the request, and their content is made safe where it enters: the
 *   journal's HTML is sanitised (content/src/render), product text escaped by React, JSON-LD
 *   escapes "<" (tests/e2e/xss.spec.ts).
 *
 * Both forbid plugins, <base> hijacks, forms to elsewhere, framing (frame-ancestors, the
 * clickjacking defence), and connections or frames to anyone but us (and Stripe when card
 * payments are on).
 */

/**
 * The URL sections under /us and /eu rendered per request: they get the nonce policy, and
 * next.config.mjs leaves them out of the static one. proxy.ts's matcher repeats this list (Next
 * reads a matcher only as a literal).
 */
export const PER_REQUEST_SECTIONS = /** @type {const} */ (["cart", "checkout", "account", "order", "search"])

/**
 * @typedef {object} SecurityHeaderOptions
 * @property {string} [stripeKey] NEXT_PUBLIC_STRIPE_KEY: Stripe.js and its frames are allowed only when card payments are on.
 * @property {string} [siteUrl] SITE_URL, the public address: HSTS (and upgrading requests) only when it is https.
 * @property {string} [backendUrl] The Medusa backend, for product images a page may load straight from its /static files.
 * @property {boolean} [development] `next dev` needs 'unsafe-eval' (React's debugging in development).
 */

/** @typedef {{ key: string, value: string }} Header */

/**
 * The options from the environment: next.config.mjs reads them at build, proxy.ts at run time (the
 * same values: the Stripe key and SITE_URL are build inputs, scripts/storefront-app.ts).
 * NEXT_PUBLIC_STRIPE_KEY is written out in full so Next inlines it into the proxy's bundle.
 * @returns {SecurityHeaderOptions}
 */
export function securityHeaderOptions() {
  return {
    stripeKey: process.env.NEXT_PUBLIC_STRIPE_KEY,
    siteUrl: process.env.SITE_URL,
    backendUrl: process.env.MEDUSA_BACKEND_URL || "http://localhost:9000",
    development: process.env.NODE_ENV === "development",
  }
}

const STRIPE = {
  script: ["https://js.stripe.com", "https://*.js.stripe.com"],
  frame: ["https://js.stripe.com", "https://*.js.stripe.com", "https://hooks.stripe.com"],
  connect: ["https://api.stripe.com"],
  img: ["https://*.stripe.com"],
}

/**
 * The policy; with a nonce, the strict one for a page rendered per request.
 * @param {SecurityHeaderOptions} options
 * @param {string} [nonce]
 * @returns {string}
 */
export function contentSecurityPolicy(options, nonce) {
  const stripe = Boolean(options.stripeKey)
  const https = options.siteUrl?.startsWith("https://") ?? false
  const backend = options.backendUrl ? new URL(options.backendUrl).origin : undefined
  /** @type {[string, ...string[]][]} */
  const directives = [
    ["default-src", "'self'"],
    [
      "script-src",
      "'self'",
      ...(nonce ? [`'nonce-${nonce}'`, "'strict-dynamic'"] : ["'unsafe-inline'"]),
      ...(options.development ? ["'unsafe-eval'"] : []),
      // Ignored beside 'strict-dynamic' by browsers that know it; for those that do not.
      ...(stripe ? STRIPE.script : []),
    ],
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

/**
 * @param {SecurityHeaderOptions} options
 * @returns {string}
 */
export function permissionsPolicy(options) {
  const payment = options.stripeKey ? 'payment=(self "https://js.stripe.com")' : "payment=(self)"
  return ["camera=()", "microphone=()", "geolocation=()", payment].join(", ")
}

/**
 * Every response's headers; the CSP is left to responses that set their own (see next.config.mjs).
 * @param {SecurityHeaderOptions} options
 * @returns {Header[]}
 */
export function securityHeaders(options) {
  /** @type {Header[]} */
  const headers = [
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
