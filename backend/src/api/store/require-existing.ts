import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * A 404 when the `:id` in the path names no `entity`. Some of Medusa's workflows (cart
 * promotions, payment sessions) read a missing record's fields without checking it exists,
 * which answered 500.
 */
export function requireExisting(entity: "cart" | "payment_collection", label: string) {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity, fields: ["id"], filters: { id: req.params.id } })
      if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `${label} with id: ${req.params.id} was not found`)
      next()
    } catch (error) {
      next(error)
    }
  }
}
