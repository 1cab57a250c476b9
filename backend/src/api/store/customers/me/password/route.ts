import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { changeCustomerPasswordWorkflow } from "../../../../../workflows/change-customer-password"
import type { StoreChangeCustomerPassword } from "./validators"

/**
 * Changes the signed-in customer's password. Medusa's middleware for /store/customers/me*
 * refuses a request without a customer's session or token with a 401; the body is checked by
 * StoreChangeCustomerPassword (middlewares.ts).
 */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof StoreChangeCustomerPassword>>, res: MedusaResponse) {
  await changeCustomerPasswordWorkflow(req.scope).run({
    input: {
      customer_id: req.auth_context.actor_id,
      current_password: req.validatedBody.current_password,
      new_password: req.validatedBody.new_password,
    },
  })
  res.json({ success: true })
}
