/**
 * Medusa's `start` command runs this file's register() before it builds the server (Medusa's
 * documented place for instrumentation). The shop uses its request hook for one thing: the admin
 * refuses to be framed (src/api/admin-framing.ts). To add OpenTelemetry, call Medusa's
 * registerOtel() first: the guard wraps the tracer's hook instead of replacing it.
 */
import * as startCommand from "@medusajs/medusa/commands/start"
import { installAdminFramingGuard } from "./src/api/admin-framing"

export function register() {
  installAdminFramingGuard(startCommand)
}
