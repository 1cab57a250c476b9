import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** Nullable where Medusa's generated Query types (.medusa/types) say so. */
type CartItems = { id: string; items?: ({ id: string } | null)[] | null }

/**
 * Medusa deletes a line item by its id alone and only then loads the cart in the path, so a
 * cart id that does not exist answered 500 and any cart's id removed another cart's item.
 * The item must be in the cart named in the path.
 */
export async function requireLineItemInCart(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data: carts }: { data: CartItems[] } = await query.graph({ entity: "cart", fields: ["id", "items.id"], filters: { id: req.params.id } })
    const inCart = carts[0]?.items?.some((item) => item?.id === req.params.line_id)
    if (!inCart) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Line item with id: ${req.params.line_id} was not found in cart ${req.params.id}`)
    }
    next()
  } catch (error) {
    next(error)
  }
}
