import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"

/**
 * Medusa accepts any positive number as a line item quantity, fractions and millions
 * included. A cushion is bought whole and a shopper never needs more than 100 of one:
 * anything else is refused with a reason before Medusa sees it.
 */
export const MAX_QUANTITY = 100

const quantity = (min: number) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? "quantity is required" : "quantity must be a number") })
    .int("quantity must be a whole number")
    .min(min, min === 0 ? "quantity cannot be negative" : "quantity must be at least 1")
    .max(MAX_QUANTITY, `quantity can be at most ${MAX_QUANTITY}; contact us for larger orders`)

const addLineItem = z.object({ quantity: quantity(1) }).passthrough()
const updateLineItem = z.object({ quantity: quantity(0) }).passthrough()

function validate(schema: z.ZodTypeAny) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const result = schema.safeParse(req.body)
    if (!result.success) {
      res.status(400).json({ type: "invalid_data", message: result.error.issues.map((issue) => issue.message).join("; ") })
      return
    }
    next()
  }
}

export const validateNewLineItemQuantity = validate(addLineItem)
export const validateLineItemQuantityChange = validate(updateLineItem)
