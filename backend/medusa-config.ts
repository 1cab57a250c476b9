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

const paymentProviders = env.STRIPE_API_KEY
  ? [
      {
        resolve: "@medusajs/medusa/payment-stripe",
        id: "stripe",
        options: {
          apiKey: env.STRIPE_API_KEY,
          webhookSecret: env.STRIPE_WEBHOOK_SECRET,
          capture: env.STRIPE_CAPTURE === "automatic",
        },
      },
    ]
  : []

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
    { resolve: "@medusajs/medusa/payment", options: { providers: paymentProviders } },
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
