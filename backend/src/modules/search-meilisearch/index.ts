import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { MeilisearchSearchProviderService } from "./service"

export default ModuleProvider(Modules.SEARCH, { services: [MeilisearchSearchProviderService] })
