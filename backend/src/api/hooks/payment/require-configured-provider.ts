/**
 * POST /hooks/payment/:provider answers 404 unless `:provider` is a payment provider this
 * shop has (`stripe_stripe` is provider `pp_stripe_stripe`). Medusa's route accepts any name
 * and queues a webhook event that then fails in the background with a stack trace.
 */
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"

export async function requireConfiguredPaymentProvider(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const provider = String(req.params.provider ?? "")
  const found = /^[a-z0-9_-]{1,100}$/i.test(provider)
    ? await req.scope.resolve(Modules.PAYMENT).listPaymentProviders({ id: [`pp_${provider}`], is_enabled: true })
    : []
  if (!found.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No payment provider "${provider}" takes webhooks here`)
  next()
}
