// @ts-check
// JavaScript, not TypeScript: `next start` would load Next's SWC compiler (~26 MB resident) only
// to compile a TypeScript config.
import { contentSecurityPolicy, PER_REQUEST_SECTIONS, securityHeaderOptions, securityHeaders } from "./src/lib/security-headers.mjs"

const backendUrl = new URL(process.env.MEDUSA_BACKEND_URL || "http://localhost:9000")

// Next 16 refuses to optimise images from private addresses unless told; the shop's
// backend is on this machine in development, `npm start` and the test harness.
const backendIsLocal = ["localhost", "127.0.0.1", "[::1]"].includes(backendUrl.hostname)

// Next inlines NEXT_PUBLIC_ values into the browser bundle: refuse to build with anything but a
// publishable key there (a secret sk_/rk_ key pasted by mistake would be published).
const stripeKey = process.env.NEXT_PUBLIC_STRIPE_KEY
if (stripeKey && !stripeKey.startsWith("pk_")) {
  throw new Error("NEXT_PUBLIC_STRIPE_KEY must be Stripe's publishable key (pk_…); never put a secret key there.")
}

/** @type {import("next").NextConfig} */
const config = {
  // The test harness builds into its own folder so it never overwrites the shop's build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  experimental: {
    // One stylesheet a page rather than three: the whole shop's CSS is ~5 kB gzipped, so every
    // extra render-blocking request costs more on a phone than the few unused rules do. "graph"
    // (Turbopack's chunking) with a high cost per request folds the styles into shared chunks.
    cssChunking: { type: "graph", requestCost: 1_000_000 },
  },
  // An ETag is a hash of the whole page computed in JavaScript on every request, a fifth of
  // the server's CPU for a cached page (bench/README). Pages carry s-maxage for caches instead.
  generateEtags: false,
  // Browsers, feed readers and crawlers ask for /favicon.ico whatever the page's <link rel="icon"> says.
  async rewrites() {
    return [{ source: "/favicon.ico", destination: "/icon.svg" }]
  },
  async headers() {
    const options = securityHeaderOptions()
    return [
      { source: "/:path*", headers: securityHeaders(options) },
      // The static CSP (why two policies: src/lib/security-headers.mjs) on everything but the pages
      // rendered per request (PER_REQUEST_SECTIONS: proxy.ts gives them a nonce policy) and the
      // journal's images, which send their own stricter one (an SVG opened alone must run nothing).
      {
        source: `/((?!journal-images/|(?:us|eu)/(?:${PER_REQUEST_SECTIONS.join("|")})(?:/|$)).*)`,
        headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy(options) }],
      },
      // The reset page's address carries a live token: no Referer may take it anywhere. Last, so it
      // overrides the shop-wide Referrer-Policy above (Next: the last matching header wins).
      {
        source: "/:region(us|eu)?/account/reset-password",
        headers: [{ key: "Referrer-Policy", value: "no-referrer" }],
      },
    ]
  },
  images: {
    // Each width is one srcset entry in the HTML and again in its RSC payload: a listing of 24
    // tiles spent ~80 kB on Next's default 17 widths. These cover what the pages show (a 48 px
    // cart thumbnail to a 560 px gallery at 2x) at phone and desktop densities.
    imageSizes: [96, 160, 320],
    deviceSizes: [480, 720, 1120],
    dangerouslyAllowLocalIP: backendIsLocal,
    remotePatterns: [
      {
        protocol: /** @type {"http" | "https"} */ (backendUrl.protocol.replace(":", "")),
        hostname: backendUrl.hostname,
        port: backendUrl.port,
        pathname: "/static/**",
      },
    ],
  },
}

export default config
