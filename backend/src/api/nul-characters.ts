import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * PostgreSQL cannot store U+0000 in text or jsonb, so a NUL anywhere in a request's path,
 * query or body would reach the database and fail there as a 500. Refused up front with a reason.
 */
function containsNul(input: unknown): boolean {
  // A loop, not recursion: a body may nest deeper than the call stack allows.
  const pending: unknown[] = [input]
  while (pending.length) {
    const value = pending.pop()
    if (typeof value === "string") {
      if (value.includes("\u0000")) return true
    } else if (value && typeof value === "object") {
      for (const [key, inner] of Object.entries(value)) {
        if (key.includes("\u0000")) return true
        pending.push(inner)
      }
    }
  }
  return false
}

/** Badly encoded URLs are refused by Express before a route sees them (see error-handler). */
function decodedPath(url: string) {
  const path = url.split("?")[0]
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

export function rejectNulCharacters(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  // req.path is relative to this middleware's mount point; originalUrl is the whole URL.
  if (containsNul(decodedPath(req.originalUrl)) || containsNul(req.query) || containsNul(req.body)) {
    res.status(400).json({ type: "invalid_data", message: "Text cannot contain NUL characters (\\u0000)." })
    return
  }
  next()
}
