import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { recoverInterruptedCompletionWorkflow } from "../../../workflows/recover-interrupted-completion"

/** Before Medusa completes a cart: what an interrupted completion left behind goes (see the workflow). */
export async function recoverInterruptedCompletion(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const { result } = await recoverInterruptedCompletionWorkflow(req.scope).run({ input: { cart_id: req.params.id } })
    if (result.removed_order_ids.length) {
      req.scope
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(`Cart ${req.params.id}: removed ${result.removed_order_ids.length} order(s) left by an interrupted completion`)
    }
    next()
  } catch (error) {
    next(error)
  }
}
