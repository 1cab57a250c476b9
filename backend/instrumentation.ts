/**
 * Medusa's `start` command runs this file's register() before it creates the HTTP server
 * (Medusa's documented place for instrumentation). The shop uses it for one thing: the admin
 * refuses to be framed (src/api/admin-framing.ts says why it is done here, and this way).
 */
import http from "node:http"
import { installAdminFramingGuard } from "./src/api/admin-framing"

export function register() {
  installAdminFramingGuard(http)
}
