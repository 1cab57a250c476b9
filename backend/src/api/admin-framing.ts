/**
 * The admin (/app) is framed by nobody: a page that frames it could trick the signed-in owner into
 * clicks (clickjacking). Medusa serves the admin's files from its own Express router, mounted
 * before the API routes and ending every /app request itself, so a `/app*` matcher in
 * api/middlewares.ts never runs for them (checked: the e2e test saw no header). The one place that
 * sees every request first is the request hook Medusa's `start` command calls for instrumentation
 * (`traceRequestHandler`, which Medusa's own OpenTelemetry support sets the same way); the
 * backend's instrumentation.ts installs this guard there, keeping any hook set before it.
 */
import type { IncomingMessage, ServerResponse } from "node:http"

/** medusa-config's `admin.path` (Medusa's default). */
export const ADMIN_PATH = "/app"

export function isAdminRequest(url: string | undefined): boolean {
  const path = (url ?? "").split("?")[0]
  return path === ADMIN_PATH || path.startsWith(`${ADMIN_PATH}/`)
}

export function denyAdminFraming(req: IncomingMessage, res: ServerResponse) {
  if (!isAdminRequest(req.url)) return
  res.setHeader("X-Frame-Options", "DENY")
  res.setHeader("Content-Security-Policy", "frame-ancestors 'none'")
  res.setHeader("X-Content-Type-Options", "nosniff")
}

export type RequestHook = (handle: () => Promise<unknown>, req: IncomingMessage, res: ServerResponse, handlerPath?: string) => Promise<unknown>

/** Wraps `start.traceRequestHandler` (the `@medusajs/medusa/commands/start` module) with the guard. */
export function installAdminFramingGuard(start: { traceRequestHandler?: RequestHook }) {
  const previous = start.traceRequestHandler
  start.traceRequestHandler = async (handle, req, res, handlerPath) => {
    denyAdminFraming(req, res)
    return previous ? previous(handle, req, res, handlerPath) : handle()
  }
}
