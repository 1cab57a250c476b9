/**
 * A local inbox for the emails the shop sends: maildev, run as a child process (its memory stays
 * out of the launcher), catching every message on its SMTP port and showing it in a web inbox,
 * with a REST API the tests read (tests/support/mail-inbox.ts). Used by `npm start`,
 * `npm run start:cluster` and the test stacks when SMTP_URL does not name a real server.
 */
import { existsSync } from "node:fs"
import { join } from "node:path"
import { startService, waitForHttp, type Service } from "./processes"

export const MAIL_INBOX_SMTP_PORT = 1025
export const MAIL_INBOX_WEB_PORT = 1080

export type RunningMailInbox = {
  /** For the backend's SMTP_URL. */
  smtpUrl: string
  /** The web inbox; its REST API is under /api. */
  webUrl: string
  service: Service
}

/** maildev's CLI script (the package exports no path to it, so it is looked up where Node would find the package). */
function maildevCli(): string {
  const cli = (require.resolve.paths("maildev") ?? [])
    .map((dir) => join(dir, "maildev", "dist", "bin", "maildev.js"))
    .find((path) => existsSync(path))
  if (!cli) throw new Error("maildev is not installed: run npm install")
  return cli
}

/** Starts maildev on 127.0.0.1, keeping the emails in `mailDirectory`, and waits until its API answers. */
export async function startMailInbox(options: { smtpPort: number; webPort: number; mailDirectory: string; logFile?: string }): Promise<RunningMailInbox> {
  const args = ["--smtp", String(options.smtpPort), "--ip", "127.0.0.1", "--web", String(options.webPort), "--web-ip", "127.0.0.1"]
  args.push("--mail-directory", options.mailDirectory)
  const service = startService("maildev", process.execPath, [maildevCli(), ...args], { logFile: options.logFile })
  const webUrl = `http://localhost:${options.webPort}`
  await waitForHttp(`${webUrl}/api/healthz`, "maildev", service, 30_000)
  return { smtpUrl: `smtp://127.0.0.1:${options.smtpPort}`, webUrl, service }
}
