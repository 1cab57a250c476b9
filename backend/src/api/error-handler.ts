import { errorHandler, type MedusaErrorHandlerFunction } from "@medusajs/framework/http"

const medusaErrorHandler = errorHandler()

/**
 * Medusa's error handler, less one 500: Express refuses a path it cannot decode (a stray
 * "%") with a URIError, which Medusa does not take for a client error.
 */
export const shopErrorHandler: MedusaErrorHandlerFunction = (error, req, res, next) => {
  if (error instanceof URIError) {
    res.status(400).json({ type: "invalid_data", message: "The URL is not correctly percent-encoded." })
    return
  }
  return medusaErrorHandler(error, req, res, next)
}
