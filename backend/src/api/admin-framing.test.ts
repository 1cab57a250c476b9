import assert from "node:assert/strict"
import type { IncomingMessage, ServerResponse } from "node:http"
import { test } from "node:test"
import { installAdminFramingGuard, isAdminRequest, type RequestHook } from "./admin-framing"

const fakeResponse = () => {
  const headers = new Map<string, string>()
  return { headers, res: { setHeader: (key: string, value: string) => headers.set(key.toLowerCase(), value) } as unknown as ServerResponse }
}

test("the admin's pages and files are /app and below, nothing else", () => {
  for (const url of ["/app", "/app/", "/app/login", "/app/assets/index.js", "/app?x=1"]) assert.equal(isAdminRequest(url), true, url)
  for (const url of ["/application", "/admin/products", "/store/products", "/", undefined]) assert.equal(isAdminRequest(url), false, String(url))
})

test("the guard sets the framing headers on admin responses and keeps a hook installed before it", async () => {
  const calls: string[] = []
  const start: { traceRequestHandler?: RequestHook } = {
    traceRequestHandler: async (handle, req) => {
      calls.push(`tracer ${req.url}`)
      return handle()
    },
  }
  installAdminFramingGuard(start)
  const admin = fakeResponse()
  await start.traceRequestHandler?.(async () => calls.push("handled"), { url: "/app/orders" } as IncomingMessage, admin.res)
  assert.equal(admin.headers.get("x-frame-options"), "DENY")
  assert.equal(admin.headers.get("content-security-policy"), "frame-ancestors 'none'")
  assert.deepEqual(calls, ["tracer /app/orders", "handled"])

  const store = fakeResponse()
  await start.traceRequestHandler?.(async () => undefined, { url: "/store/products" } as IncomingMessage, store.res)
  assert.equal(store.headers.size, 0)
})
