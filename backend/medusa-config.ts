import type { CookieOptions } from "@medusajs/framework/types"
import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const env = process.env
const storefrontUrl = env.STOREFRONT_URL || "http://localhost:8000"
const backendUrl = env.MEDUSA_BACKEND_URL || `http://localhost:${env.PORT || 9000}`

// Without REDIS_URL Medusa falls back to its in-memory event bus, workflow engine,
// locking and cache: right for one process, wrong for several.
const redisModules = env.REDIS_URL
  ? [
      { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl: env.REDIS_URL } },
      { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl: env.REDIS_URL } } },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl: env.REDIS_URL },
            },
          ],
        },
      },
    ]
  : []

// Medusa's Caching Module on Redis, so every instance reads and invalidates one cache
// (cluster: see README "Running at scale").
const redisCaching = env.REDIS_URL
  ? [
      {
        resolve: "@medusajs/medusa/caching",
        options: {
          providers: [
            // Medusa's Redis provider, minus answers nothing could invalidate (src/lib/cache-entries.ts).
            { resolve: "./src/modules/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl: env.REDIS_URL } },
          ],
        },
      },
    ]
  : []

// Without Redis: the same Caching Module in memory (right for one process), through
// Medusa's in-memory provider, copying entries in and out and minus answers nothing could
// invalidate (src/modules/caching-memory). Medusa's store routes and cart workflows cache
// through it once the `caching` feature flag below is on; data-model events invalidate
// entries by their cache tags.
const memoryCaching = env.REDIS_URL
  ? []
  : [{ resolve: "@medusajs/medusa/caching", options: { providers: [{ resolve: "./src/modules/caching-memory", id: "memory" }] } }]

// Uploads: Medusa's S3 provider when S3_BUCKET is set (any S3-compatible store), else the
// local provider. Several server instances on one machine share UPLOAD_DIR.
const fileProvider = env.S3_BUCKET
  ? {
      resolve: "@medusajs/medusa/file-s3",
      id: "s3",
      options: {
        bucket: env.S3_BUCKET,
        region: env.S3_REGION,
        access_key_id: env.S3_ACCESS_KEY_ID,
        secret_access_key: env.S3_SECRET_ACCESS_KEY,
        file_url: env.S3_FILE_URL,
        endpoint: env.S3_ENDPOINT,
        prefix: env.S3_PREFIX,
        additional_client_config: { forcePathStyle: env.S3_FORCE_PATH_STYLE === "true" },
      },
    }
  : {
      resolve: "@medusajs/medusa/file-local",
      id: "local",
      // Uploads live outside the build output (see scripts/start-shop.ts), so a
      // rebuild or a second server instance sees the same files.
      options: { upload_dir: env.UPLOAD_DIR || "static", backend_url: `${backendUrl}/static` },
    }

// Medusa's Stripe provider (through ./src/modules/stripe-payment, which only adds a
// configurable API host for the tests' emulator). Without a key: the system provider only.
const paymentProviders = env.STRIPE_API_KEY
  ? [
      {
        resolve: "./src/modules/stripe-payment",
        id: "stripe",
        options: {
          apiKey: env.STRIPE_API_KEY,
          webhookSecret: env.STRIPE_WEBHOOK_SECRET,
          capture: env.STRIPE_CAPTURE === "automatic",
          apiHost: env.STRIPE_API_HOST,
          apiPort: env.STRIPE_API_PORT ? Number(env.STRIPE_API_PORT) : undefined,
          apiProtocol: env.STRIPE_API_PROTOCOL as "http" | "https" | undefined,
        },
      },
    ]
  : []

// Search (POST /store/search, indexes in src/search). Postgres full-text search by
// default — our subclass of Medusa's provider, which adds highlighting; with
// MEILISEARCH_HOST set, Meilisearch serves every index (Postgres stays registered so
// `db:migrate` can clean up the indexes it held when switching engines).
const searchProviders = [
  { resolve: "./src/modules/search-postgres", id: "postgres" },
  ...(env.MEILISEARCH_HOST
    ? [
        {
          resolve: "./src/modules/search-meilisearch",
          id: "meilisearch",
          options: { host: env.MEILISEARCH_HOST, apiKey: env.MEILISEARCH_API_KEY },
        },
      ]
    : []),
]

// Emails (src/subscribers, templates in src/emails) go out through the Notification Module's
// `email` channel: over SMTP with SMTP_URL (`npm start` runs a local inbox, maildev, and sets
// it), else to the log through Medusa's local provider, which also keeps the admin's `feed`.
const notificationProviders = [
  {
    resolve: "@medusajs/medusa/notification-local",
    id: "local",
    options: { name: "Local Notification Provider", channels: env.SMTP_URL ? ["feed"] : ["feed", "email"] },
  },
  ...(env.SMTP_URL
    ? [
        {
          resolve: "./src/modules/notification-smtp",
          id: "smtp",
          options: { url: env.SMTP_URL, from: env.MAIL_FROM || "Stillpoint <orders@stillpoint.example>", channels: ["email"] },
        },
      ]
    : []),
]

// Medusa marks the admin's session cookie Secure in production, which a browser drops over
// plain http: the admin login then fails silently. express-session's "auto" follows the
// request instead: Secure over https or behind a proxy sending X-Forwarded-Proto: https,
// plain on http://localhost. A public https URL always gets Secure. (Medusa types `secure`
// as a boolean but hands cookieOptions to express-session unchanged.)
const adminSessionCookie: { secure?: boolean | "auto" } = { secure: backendUrl.startsWith("https:") ? true : "auto" }

if (!env.JWT_SECRET || !env.COOKIE_SECRET) {
  if (env.NODE_ENV === "production") {
    throw new Error("JWT_SECRET and COOKIE_SECRET must be set in production (npm start sets them for you).")
  }
}

export default defineConfig({
  // Turns on Medusa's core caching (store product lists, cart workflows' lookups) through the Caching Module.
  featureFlags: { caching: true },
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    cookieOptions: adminSessionCookie as CookieOptions,
    workerMode: (env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server" | undefined) || "shared",
    http: {
      storeCors: env.STORE_CORS || storefrontUrl,
      adminCors: env.ADMIN_CORS || backendUrl,
      authCors: env.AUTH_CORS || `${storefrontUrl},${backendUrl}`,
      jwtSecret: env.JWT_SECRET || "development-only-jwt-secret",
      cookieSecret: env.COOKIE_SECRET || "development-only-cookie-secret",
    },
  },
  admin: {
    disable: env.ADMIN_DISABLED === "true",
    // The admin is served by the backend it talks to (at /app), so it calls its own origin: one
    // build works on any port, behind a balancer, and in a test shop's copy of the build.
    backendUrl: "/",
  },
  modules: [
    ...redisModules,
    ...redisCaching,
    ...memoryCaching,
    { resolve: "./src/modules/worker-heartbeat" },
    {
      resolve: "@medusajs/medusa/search",
      options: {
        providers: searchProviders,
        default_provider: env.MEILISEARCH_HOST ? "meilisearch" : "search-postgres",
        index_prefix: env.SEARCH_INDEX_PREFIX || undefined,
      },
    },
    {
      resolve: "@medusajs/medusa/payment",
      options: {
        providers: paymentProviders,
        // Stripe's webhook is handled this long after it arrives, so a storefront completing
        // the same cart at the same moment wins the race cleanly.
        webhook_delay: Number(env.PAYMENT_WEBHOOK_DELAY_MS || 5000),
      },
    },
    {
      resolve: "@medusajs/medusa/notification",
      options: { providers: notificationProviders },
    },
    {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [fileProvider],
      },
    },
  ],
})
