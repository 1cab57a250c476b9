import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * Three kinds of input that would otherwise surface as a 500, refused up front with a reason:
 * - U+0000, which PostgreSQL cannot store in text or jsonb (it would fail in the database);
 * - a field named like a built-in of every object (`toString`, `valueOf`, `__proto__`, …): Medusa's
 *   own validator turns a wrong value into text for its message, and `{"toString": false}` breaks
 *   that. No field of the Store, auth or Admin API has such a name;
 * - objects and arrays nested deeper than MAX_DEPTH: Medusa's workflow engine copies input
 *   recursively and overflows the stack on a `metadata` thousands of levels deep.
 */
const OBJECT_BUILT_INS = new Set(Object.getOwnPropertyNames(Object.prototype))

const NUL_MESSAGE = "Text cannot contain NUL characters (\\u0000)."

/** Deeper than any body of Medusa's APIs, metadata included, needs. */
export const MAX_DEPTH = 32

function problemIn(input: unknown): string | null {
  // A loop, not recursion: a body may nest deeper than the call stack allows.
  const pending: { value: unknown; depth: number }[] = [{ value: input, depth: 0 }]
  while (pending.length) {
    const { value, depth } = pending.pop()!
    if (typeof value === "string") {
      if (value.includes("\u0000")) return NUL_MESSAGE
    } else if (value && typeof value === "object") {
      if (depth >= MAX_DEPTH) return `Input cannot nest objects or lists more than ${MAX_DEPTH} levels deep.`
      for (const [key, inner] of Object.entries(value)) {
        if (key.includes("\u0000")) return NUL_MESSAGE
        if (OBJECT_BUILT_INS.has(key)) return `"${key}" is not a field this API accepts.`
        pending.push({ value: inner, depth: depth + 1 })
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
