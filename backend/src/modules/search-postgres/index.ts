import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { StillpointPostgresSearchService } from "./service"

export default ModuleProvider(Modules.SEARCH, { services: [StillpointPostgresSearchService] })
