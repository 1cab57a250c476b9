import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { redisCachingConnectionLoader, redisCachingHashLoader } from "../../lib/medusa-internals"
import { InvalidatableRedisCachingProvider } from "./service"

// Medusa's Redis provider with its own loaders (the Redis connection, the key hasher).
export default ModuleProvider(Modules.CACHING, { services: [InvalidatableRedisCachingProvider], loaders: [redisCachingConnectionLoader, redisCachingHashLoader] })
