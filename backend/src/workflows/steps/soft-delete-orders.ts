import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const softDeleteOrdersStepId = "soft-delete-orders"

/** Soft-deletes orders; compensation restores them. */
export const softDeleteOrdersStep = createStep(
  softDeleteOrdersStepId,
  async (orderIds: string[], { container }) => {
    if (!orderIds.length) return new StepResponse(undefined, [])
    await container.resolve(Modules.ORDER).softDeleteOrders(orderIds)
    return new StepResponse(undefined, orderIds)
  },
  async (orderIds, { container }) => {
    if (!orderIds?.length) return
    await container.resolve(Modules.ORDER).restoreOrders(orderIds)
  }
)
