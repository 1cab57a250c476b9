import hash from "@medusajs/caching/dist/loaders/hash"
import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { InvalidatableMemoryCachingProvider } from "./service"

// With the Caching Module's own key hasher, which a provider outside the module must load itself.
export default ModuleProvider(Modules.CACHING, { services: [InvalidatableMemoryCachingProvider], loaders: [hash] })
