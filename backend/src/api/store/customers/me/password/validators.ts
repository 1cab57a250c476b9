import { z } from "@medusajs/framework/zod"
import { PASSWORD_MIN_LENGTH } from "@stillpoint/shop-contracts"

/** The storefront's rule for a new password (its validateNewPassword), the current one as given. */
export const StoreChangeCustomerPassword = z.strictObject({
  current_password: z.string().min(1, "Enter the current password"),
  new_password: z.string().min(PASSWORD_MIN_LENGTH, `The new password must have at least ${PASSWORD_MIN_LENGTH} characters`),
})
