import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"

/**
 * Medusa's list routes pass `limit` and `offset` straight to PostgreSQL, which answers a
 * negative one with an error (a 500). Whole numbers from 0 up are checked here first.
 */
const wholeNumber = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .min(0, `${name} cannot be negative`)

const pagination = z.object({ limit: wholeNumber("limit").optional(), offset: wholeNumber("offset").optional() })

export function validatePagination(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const result = pagination.safeParse({ limit: req.query.limit, offset: req.query.offset })
  if (!result.success) {
    res.status(400).json({ type: "invalid_data", message: result.error.issues.map((issue) => issue.message).join("; ") })
    return
  }
  next()
}
