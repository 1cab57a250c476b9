import Stripe from "stripe"
import { MedusaStripeProviderService, type StripeOptions } from "../../lib/medusa-internals"

export type StripeProviderOptions = StripeOptions & {
  /** Another Stripe API host, e.g. the local emulator the tests run. Unset: Stripe's own. */
  apiHost?: string
  apiPort?: number
  apiProtocol?: "http" | "https"
}

/**
 * Medusa's own Stripe provider, unchanged but for one thing: its `stripe` client can be
 * pointed at another host through options, so the whole payment flow can be tested
 * against an emulator of Stripe's API. Same identifier, so the provider id stays
 * `pp_stripe_stripe` and nothing else in Medusa can tell the difference.
 */
export default class StripeProviderService extends MedusaStripeProviderService {
  constructor(cradle: Record<string, unknown>, options: StripeProviderOptions) {
    super(cradle, options)
    if (options.apiHost) {
      this.stripe_ = new Stripe(options.apiKey, {
        host: options.apiHost,
        port: options.apiPort,
        protocol: options.apiProtocol ?? "https",
        maxNetworkRetries: 0,
      }) as unknown as typeof this.stripe_
    }
  }
}
