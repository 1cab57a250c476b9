/**
 * The Notification Module's provider for the `email` channel: sends over SMTP with nodemailer,
 * an HTML and a plain-text part. A notification names one of the shop's templates
 * (src/emails) and carries its data; the template is rendered here, at each attempt, so a
 * failed notification can be sent again from what Medusa stored (see jobs/retry-failed-emails).
 */
import type { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import nodemailer, { type Transporter } from "nodemailer"
import { renderEmail } from "../../emails"

export type SmtpNotificationOptions = {
  /** smtp://user:pass@host:port (or smtps://); nodemailer reads the rest from the URL's query. */
  url: string
  /** The sender, e.g. `Stillpoint <orders@stillpoint.example>`. */
  from: string
  channels: string[]
}

/**
 * Short timeouts unless the URL sets its own: a server that does not answer fails the attempt
 * (recorded, retried later) instead of holding a subscriber for nodemailer's two minutes.
 * Given a URL, nodemailer takes its options from the URL's query only.
 */
function withTimeouts(smtpUrl: string): string {
  const url = new URL(smtpUrl)
  const timeouts = { connectionTimeout: "10000", greetingTimeout: "10000", socketTimeout: "30000" }
  for (const [name, ms] of Object.entries(timeouts)) if (!url.searchParams.has(name)) url.searchParams.set(name, ms)
  return url.toString()
}

export default class SmtpNotificationProviderService extends AbstractNotificationProviderService {
  static identifier = "smtp"
  private readonly transporter: Transporter
  private readonly from: string
  private readonly logger: Logger

  static validateOptions(options: Record<string, unknown>) {
    if (typeof options.url !== "string" || !/^smtps?:\/\//.test(options.url)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The SMTP notification provider needs `url` (smtp://host:port)")
    }
    if (typeof options.from !== "string" || !options.from) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The SMTP notification provider needs `from`")
    }
  }

  constructor({ logger }: { logger: Logger }, options: SmtpNotificationOptions) {
    super()
    this.logger = logger
    this.from = options.from
    this.transporter = nodemailer.createTransport(withTimeouts(options.url))
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const email = await renderEmail(notification.template, notification.data ?? {})
    const info = await this.transporter.sendMail({
      from: notification.from || this.from,
      to: notification.to,
      subject: email.subject,
      html: email.html,
      text: email.text,
    })
    this.logger.info(`email "${notification.template}" sent to ${notification.to} (${info.messageId})`)
    return { id: info.messageId }
  }
}
