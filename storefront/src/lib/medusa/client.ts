import "server-only"
import Medusa from "@medusajs/js-sdk"

/** The one Medusa client. Server-only: the publishable key and backend URL never reach the browser. */
export const medusa = new Medusa({
  baseUrl: process.env.MEDUSA_BACKEND_URL || "http://localhost:9000",
  publishableKey: process.env.MEDUSA_PUBLISHABLE_KEY,
})
