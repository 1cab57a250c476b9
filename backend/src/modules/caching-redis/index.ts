import connection from "@medusajs/caching-redis/dist/loaders/connection"
import hash from "@medusajs/caching-redis/dist/loaders/hash"
import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { InvalidatableRedisCachingProvider } from "./service"

// Medusa's Redis provider with its own loaders (the Redis connection, the key hasher).
export default ModuleProvider(Modules.CACHING, { services: [InvalidatableRedisCachingProvider], loaders: [connection, hash] })
