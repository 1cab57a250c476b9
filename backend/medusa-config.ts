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

if (!env.JWT_SECRET || !env.COOKIE_SECRET) {
  if (env.NODE_ENV === "production") {
    throw new Error("JWT_SECRET and COOKIE_SECRET must be set in production (npm start sets them for you).")
  }
}

export default defineConfig({
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
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
    backendUrl,
  },
  modules: [
    ...redisModules,
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
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            // Uploads live outside the build output (see scripts/start-shop.ts), so a
            // rebuild or a second server instance sees the same files.
            options: { upload_dir: env.UPLOAD_DIR || "static", backend_url: `${backendUrl}/static` },
          },
        ],
      },
    },
  ],
})
