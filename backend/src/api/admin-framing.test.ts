import assert from "node:assert/strict"
import type { IncomingMessage, RequestListener, Server, ServerResponse } from "node:http"
import { test } from "node:test"
import { installAdminFramingGuard, isAdminRequest } from "./admin-framing"

const fakeResponse = () => {
  const headers = new Map<string, string>()
  return { headers, res: { setHeader: (key: string, value: string) => headers.set(key.toLowerCase(), value) } as unknown as ServerResponse }
}

test("the admin's pages and files are /app and below, nothing else", () => {
  for (const url of ["/app", "/app/", "/app/login", "/app/assets/index.js", "/app?x=1"]) assert.equal(isAdminRequest(url), true, url)
  for (const url of ["/application", "/admin/products", "/store/products", "/", "/store/carts/%E0%A4%A", undefined]) assert.equal(isAdminRequest(url), false, String(url))
})

test("the guard sets the framing headers on admin responses, then hands every request to the server's own listener", () => {
  let installed: RequestListener | undefined
  const fake = (...args: unknown[]) => {
    installed = args.find((arg): arg is RequestListener => typeof arg === "function")
    return {} as Server
  }
  const http = { createServer: fake as typeof import("node:http").createServer }
  const handled: string[] = []
  installAdminFramingGuard(http)
  http.createServer({ keepAlive: true }, (req) => void handled.push(req.url ?? ""))

  const admin = fakeResponse()
  installed?.({ url: "/app/orders" } as IncomingMessage, admin.res)
  assert.equal(admin.headers.get("x-frame-options"), "DENY")
  assert.equal(admin.headers.get("content-security-policy"), "frame-ancestors 'none'")

  const store = fakeResponse()
  installed?.({ url: "/store/carts/%E0%A4%A" } as IncomingMessage, store.res)
  assert.equal(store.headers.size, 0)
  assert.deepEqual(handled, ["/app/orders", "/store/carts/%E0%A4%A"])
})
