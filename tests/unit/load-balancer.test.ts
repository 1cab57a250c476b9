/**
 * The cluster's Node balancer (scripts/load-balancer.ts) against throwaway upstreams:
 * it spreads requests, skips an upstream that refuses connections without losing a request
 * body, and never sends a POST twice when an upstream died after receiving it.
 */
import assert from "node:assert/strict"
import http from "node:http"
import { after, describe, it } from "node:test"
import { startBalancers, type Balancers } from "../../scripts/load-balancer"
import { findFreePort } from "../../scripts/ports"

type Upstream = { port: number; received: { method: string; body: string }[]; close: () => Promise<void> }

/** An upstream that echoes; `crash` drops the connection once it has read the request. */
async function upstream(behaviour: "echo" | "crash" = "echo"): Promise<Upstream> {
  const received: Upstream["received"] = []
  const server = http.createServer((req, res) => {
    let body = ""
    req.on("data", (chunk) => (body += chunk))
    req.on("end", () => {
      received.push({ method: req.method ?? "", body })
      if (behaviour === "crash") return void req.socket.destroy()
      res.end(`${req.method} ${body}`)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const address = server.address()
  const port = typeof address === "object" && address ? address.port : 0
  return { port, received, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

async function balancer(ports: number[]): Promise<{ url: string; balancers: Balancers }> {
  const port = await findFreePort(0)
  const balancers = await startBalancers([{ name: "test", port, upstreams: ports.map((p) => ({ host: "127.0.0.1", port: p })) }], { kind: "node", dir: "" })
  return { url: `http://127.0.0.1:${port}`, balancers }
}

describe("the Node load balancer", () => {
  const cleanups: (() => Promise<void>)[] = []
  after(async () => {
    for (const cleanup of cleanups) await cleanup()
  })

  it("takes turns between upstreams and says which one answered", async () => {
    const [a, b] = [await upstream(), await upstream()]
    const { url, balancers } = await balancer([a.port, b.port])
    cleanups.push(a.close, b.close, balancers.stop)
    const answeredBy = []
    for (let i = 0; i < 4; i++) answeredBy.push((await fetch(url)).headers.get("x-upstream"))
    assert.deepEqual(answeredBy, [`127.0.0.1:${a.port}`, `127.0.0.1:${b.port}`, `127.0.0.1:${a.port}`, `127.0.0.1:${b.port}`])
  })

  it("sends requests, bodies intact, to the live upstream when the other refuses connections", async () => {
    const dead = await findFreePort(0)
    const live = await upstream()
    const { url, balancers } = await balancer([dead, live.port])
    cleanups.push(live.close, balancers.stop)
    for (let i = 0; i < 3; i++) {
      const response = await fetch(url, { method: "POST", body: `order ${i}` })
      assert.equal(response.status, 200)
      assert.equal(await response.text(), `POST order ${i}`)
    }
    assert.equal((await fetch(url)).status, 200)
    assert.deepEqual(live.received.map((r) => r.body), ["order 0", "order 1", "order 2", ""])
  })

  it("answers 502 rather than resend a POST an upstream received, but retries a GET", async () => {
    const crashing = await upstream("crash")
    const live = await upstream()
    const { url, balancers } = await balancer([crashing.port, live.port])
    cleanups.push(crashing.close, live.close, balancers.stop)

    const post = await fetch(url, { method: "POST", body: "place order" })
    assert.equal(post.status, 502)
    assert.equal(crashing.received.length, 1)
    assert.equal(live.received.length, 0, "the POST was sent a second time")

    const get = await fetch(url) // round robin: the live upstream first
    assert.equal(get.status, 200)
    const retried = await fetch(url) // the crashing one first, then retried on the live one
    assert.equal(retried.status, 200)
    assert.equal(retried.headers.get("x-upstream"), `127.0.0.1:${live.port}`)
    assert.equal(crashing.received.filter((r) => r.method === "GET").length, 1)
  })
})
