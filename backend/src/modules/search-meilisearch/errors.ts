import { MedusaError } from "@medusajs/framework/utils"

/** What this provider cannot do (NOT_ALLOWED). */
export const reject = (message: string): never => {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The Meilisearch provider ${message}`)
}

/** What no provider could do with the input (INVALID_DATA). */
export const invalid = (message: string): never => {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}
