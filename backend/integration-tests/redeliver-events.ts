/**
 * `medusa exec ./integration-tests/redeliver-events.ts '<json>'`: hands each event in the JSON
 * list ([{ name, data }]) to the app's email subscribers (src/subscribers/*-email.ts) for it, twice, as an event bus delivering an
 * event again would. For the email tests: a redelivered event must not send a second email.
 */
import { readdirSync } from "node:fs"
import { join } from "node:path"
import type { ExecArgs } from "@medusajs/framework/types"

type Subscriber = {
  default: (args: { event: { name: string; data: unknown }; container: ExecArgs["container"]; pluginOptions: Record<string, unknown> }) => Promise<void>
  config: { event: string | string[] }
}

export default async function redeliverEvents({ container, args }: ExecArgs) {
  const events: { name: string; data: unknown }[] = JSON.parse(args[0] ?? "[]")
  const dir = join(__dirname, "..", "src", "subscribers")
  // require, not import(): `medusa exec` runs TypeScript through ts-node's CommonJS hook.
  const subscribers: Subscriber[] = readdirSync(dir)
    .filter((file) => file.endsWith("-email.ts"))
    .map((file) => require(join(dir, file)))
  for (const event of events) {
    const handlers = subscribers.filter((subscriber) => [subscriber.config.event].flat().includes(event.name))
    if (!handlers.length) throw new Error(`no email subscriber for ${event.name}`)
    for (let delivery = 0; delivery < 2; delivery++) {
      for (const handler of handlers) await handler.default({ event, container, pluginOptions: {} })
    }
  }
}
