/**
 * The admin (/app) is framed by nobody: a page that frames it could trick the signed-in owner into
 * clicks (clickjacking). Medusa serves the admin's files from its own Express router, mounted
 * before the API routes and ending every /app request itself, so a `/app*` matcher in
 * api/middlewares.ts never runs for them. Medusa's request hook for instrumentation
 * (`traceRequestHandler`) would see them, but setting it makes Medusa match every URL against its
 * routes first, and a badly percent-encoded URL then throws there and is never answered. So the
 * guard wraps the server's request listener instead: the backend's instrumentation.ts installs it
 * on `http.createServer`, which Medusa's `start` command calls after running that file.
 */
import type { IncomingMessage, RequestListener, Server, ServerResponse } from "node:http"

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

type Http = Pick<typeof import("node:http"), "createServer">

/** Wraps the request listener of every server `http.createServer([options,] listener)` makes from now on. */
export function installAdminFramingGuard(http: Http) {
  // Called with whatever arguments Medusa (or anyone) passed, only the listener replaced.
  const createServer = http.createServer as (...args: unknown[]) => Server
  const guarded =
    (listener: RequestListener): RequestListener =>
    (req, res) => {
      denyAdminFraming(req, res)
      return listener(req, res)
    }
  // The listener is createServer's only function argument, with or without options before it.
  const wrapped = (...args: unknown[]) => createServer(...args.map((arg) => (typeof arg === "function" ? guarded(arg as RequestListener) : arg)))
  http.createServer = wrapped as Http["createServer"]
}
