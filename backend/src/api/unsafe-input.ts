import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * Two kinds of input that would otherwise surface as a 500, refused up front with a reason:
 * - U+0000, which PostgreSQL cannot store in text or jsonb (it would fail in the database);
 * - a field named like a built-in of every object (`toString`, `valueOf`, `__proto__`, …): Medusa's
 *   own validator turns a wrong value into text for its message, and `{"toString": false}` breaks
 *   that. No field of the Store or auth API has such a name.
 */
const OBJECT_BUILT_INS = new Set(Object.getOwnPropertyNames(Object.prototype))

const NUL_MESSAGE = "Text cannot contain NUL characters (\\u0000)."

function problemIn(input: unknown): string | null {
  // A loop, not recursion: a body may nest deeper than the call stack allows.
  const pending: unknown[] = [input]
  while (pending.length) {
    const value = pending.pop()
    if (typeof value === "string") {
      if (value.includes("\u0000")) return NUL_MESSAGE
    } else if (value && typeof value === "object") {
      for (const [key, inner] of Object.entries(value)) {
        if (key.includes("\u0000")) return NUL_MESSAGE
        if (OBJECT_BUILT_INS.has(key)) return `"${key}" is not a field this API accepts.`
        pending.push(inner)
      }
    }
  }
  return null
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

export function rejectUnsafeInput(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  // req.path is relative to this middleware's mount point; originalUrl is the whole URL.
  const problem = problemIn(decodedPath(req.originalUrl)) ?? problemIn(req.query) ?? problemIn(req.body)
  if (problem) {
    res.status(400).json({ type: "invalid_data", message: problem })
    return
  }
  next()
}
