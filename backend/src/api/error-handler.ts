import { errorHandler, type MedusaErrorHandlerFunction } from "@medusajs/framework/http"

const medusaErrorHandler = errorHandler()

// Under contention (many checkouts reserving the same stock at once) Medusa's workflow engine
// gives up waiting for the stock lock, or reports the step it abandoned with its state
// machine's message: neither tells the customer anything, one is a 500. A lock step
// (acquireLockStep, as in the recovery before a completion) that waits in vain reports the
// lock it failed to acquire.
const CONTENDED_CHECKOUT = /^Updating (Status|State) from "\w+" to "\w+" is not allowed\.$|Timed-out acquiring lock|Failed to acquire lock/

/**
 * Medusa's error handler, less one 500: Express refuses a path it cannot decode (a stray
 * "%") with a URIError, which Medusa does not take for a client error.
 */
export const shopErrorHandler: MedusaErrorHandlerFunction = (error, req, res, next) => {
  if (error instanceof URIError) {
    res.status(400).json({ type: "invalid_data", message: "The URL is not correctly percent-encoded." })
    return
  }
  if (req.method === "POST" && /^\/store\/carts\/[^/]+\/complete$/.test(req.path) && CONTENDED_CHECKOUT.test(String(error?.message))) {
    res.status(409).json({
      type: "conflict",
      message: "Your order was not placed: other checkouts were reserving the same stock at this moment. Please try again.",
    })
    return
  }
  return medusaErrorHandler(error, req, res, next)
}
