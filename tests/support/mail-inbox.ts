/**
 * The test shop's inbox (maildev, started by the test stacks, its address in MAIL_INBOX_URL):
 * every email the backend sends lands there, read through maildev's REST API.
 */

export type InboxMessage = { id: string; subject: string; to: string[]; html: string; text: string }

type MaildevEmail = { id: string; subject?: string; to?: { address: string }[]; html?: string; text?: string }

export class MailInbox {
  constructor(private readonly url: string) {}

  /** Every message to `email` (case-insensitive), oldest first. */
  async messagesTo(email: string): Promise<InboxMessage[]> {
    const response = await fetch(`${this.url.replace(/\/$/, "")}/api/email`)
    if (!response.ok) throw new Error(`the inbox at ${this.url} answered ${response.status}`)
    const wanted = email.toLowerCase()
    const emails = (await response.json()) as MaildevEmail[]
    return emails
      .map((message) => ({
        id: message.id,
        subject: message.subject ?? "",
        to: (message.to ?? []).map((recipient) => recipient.address.toLowerCase()),
        html: message.html ?? "",
        text: message.text ?? "",
      }))
      .filter((message) => message.to.includes(wanted))
  }

  /** The first message to `to` whose subject matches, once it has arrived. */
  async waitForMessage(to: string, subject: RegExp, timeoutMs = 15000): Promise<InboxMessage> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const message = (await this.messagesTo(to)).find((candidate) => subject.test(candidate.subject))
      if (message) return message
      if (Date.now() > deadline) throw new Error(`no email to ${to} with a subject matching ${subject} within ${timeoutMs} ms`)
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
}
