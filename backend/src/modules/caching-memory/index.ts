import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { cachingHashLoader } from "../../lib/medusa-internals"
import { InvalidatableMemoryCachingProvider } from "./service"

// With the Caching Module's own key hasher, which a provider outside the module must load itself.
export default ModuleProvider(Modules.CACHING, { services: [InvalidatableMemoryCachingProvider], loaders: [cachingHashLoader] })
