/**
 * The load balancers in front of the cluster's tiers (backend servers, storefront instances).
 * Debian's nginx when it is installed; otherwise a small Node proxy of ours that does nothing
 * but balance:
 *   - round robin over the upstreams, one new upstream connection per request;
 *   - an upstream that refuses a connection is skipped for FAIL_TIMEOUT_MS (passive check,
 *     like nginx's max_fails=1 fail_timeout=5s);
 *   - a request is retried on the next upstream when its connection was refused or timed out
 *     before a byte was sent (any method: the body is only read once connected), and a
 *     bodiless GET/HEAD/OPTIONS also when the upstream failed before answering. A POST that
 *     reached an upstream is never sent twice: it gets 502, as nginx does by default.
 * Both add `X-Upstream: host:port` (the instance that answered) to every response.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import http from "node:http"
import { connect, type Socket } from "node:net"
import { delimiter, join } from "node:path"
import { startService, type Service } from "./processes"

export type Tier = { name: string; port: number; upstreams: { host: string; port: number }[] }
export type Balancers = { kind: "nginx" | "node"; stop: () => Promise<void> }

const FAIL_TIMEOUT_MS = 5000
const CONNECT_TIMEOUT_MS = 3000

function findNginx(): string | undefined {
  const dirs = [...(process.env.PATH ?? "").split(delimiter), "/usr/sbin", "/usr/bin"]
  return dirs.map((dir) => join(dir, "nginx")).find((path) => existsSync(path))
}

/** CLUSTER_BALANCER ("nginx" or "node") when set, else nginx when it is installed, else ours. */
export function chosenBalancer(): Balancers["kind"] {
  const asked = process.env.CLUSTER_BALANCER
  if (asked === "nginx" || asked === "node") return asked
  return findNginx() ? "nginx" : "node"
}

/** One balancer per tier: nginx when `kind` is "nginx" (one process for every tier), else ours in this process. */
export async function startBalancers(tiers: Tier[], options: { kind: "nginx" | "node"; dir: string; logFile?: string }): Promise<Balancers> {
  if (options.kind === "nginx") {
    const nginx = findNginx()
    if (!nginx) throw new Error("nginx is not installed (apt-get install -y nginx), or choose CLUSTER_BALANCER=node")
    const service = startNginx(nginx, tiers, options.dir, options.logFile)
    await Promise.all(tiers.map((tier) => waitForPort(tier.port, service)))
    return { kind: "nginx", stop: () => stopService(service) }
  }
  const servers = await Promise.all(tiers.map((tier) => startNodeBalancer(tier)))
  return {
    kind: "node",
    stop: async () => {
      await Promise.all(
        servers.map((server) => {
          const closed = new Promise((resolve) => server.close(resolve))
          server.closeAllConnections()
          return closed
        })
      )
    },
  }
}

function startNginx(binary: string, tiers: Tier[], dir: string, logFile?: string): Service {
  mkdirSync(dir, { recursive: true })
  // nginx's workers run as "nobody" when started by root: they write request bodies here.
  const temp = join(dir, "temp")
  mkdirSync(temp, { recursive: true })
  chmodSync(temp, 0o777)
  const upstreams = tiers
    .map(
      (tier) => `  upstream ${tier.name} {
${tier.upstreams.map((u) => `    server ${u.host}:${u.port} max_fails=1 fail_timeout=${FAIL_TIMEOUT_MS / 1000}s;`).join("\n")}
  }
  server {
    listen ${tier.port};${hasIpv6() ? `\n    listen [::]:${tier.port};` : ""}
    location / { proxy_pass http://${tier.name}; }
  }`
    )
    .join("\n")
  const config = `daemon off;
worker_processes 2;
pid ${join(dir, "nginx.pid")};
error_log ${join(dir, "error.log")} warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${temp}/body;
  proxy_temp_path ${temp}/proxy;
  fastcgi_temp_path ${temp}/fastcgi;
  uwsgi_temp_path ${temp}/uwsgi;
  scgi_temp_path ${temp}/scgi;
  client_max_body_size 50m;
  proxy_http_version 1.1;
  proxy_set_header Connection "";
  proxy_set_header Host $http_host;
  proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
  proxy_set_header X-Forwarded-Proto $scheme;
  proxy_set_header X-Forwarded-Host $http_host;
  # Retries a request on the next server on a connection error or timeout; a POST only when
  # nothing was sent yet (nginx never resends a non-idempotent request without non_idempotent).
  proxy_next_upstream error timeout;
  proxy_connect_timeout ${CONNECT_TIMEOUT_MS / 1000}s;
  proxy_read_timeout 300s;
  add_header X-Upstream $upstream_addr always;
${upstreams}
}
`
  const file = join(dir, "nginx.conf")
  writeFileSync(file, config)
  return startService("nginx", binary, ["-p", dir, "-c", file, "-e", join(dir, "error.log")], { logFile })
}

/** nginx refuses to start when told to listen on [::] on a machine without IPv6. */
function hasIpv6() {
  try {
    return readFileSync("/proc/net/if_inet6", "utf8").includes(" lo")
  } catch {
    return false
  }
}

async function stopService(service: Service) {
  service.child.kill("SIGTERM")
  await service.exited
}

const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-authenticate",
  "proxy-authorization",
  "proxy-connection",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
])
const RESENDABLE = new Set(["GET", "HEAD", "OPTIONS"])

function withoutHopByHop(headers: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name)))
}

function startNodeBalancer(tier: Tier): Promise<http.Server> {
  const downUntil = new Map<string, number>()
  const key = (upstream: Tier["upstreams"][number]) => `${upstream.host}:${upstream.port}`
  let next = 0

  /** Round robin from the next upstream; those marked down go last, in case all are. */
  const order = () => {
    const start = next++ % tier.upstreams.length
    const rotated = [...tier.upstreams.slice(start), ...tier.upstreams.slice(0, start)]
    const now = Date.now()
    const up = rotated.filter((u) => (downUntil.get(key(u)) ?? 0) <= now)
    return [...up, ...rotated.filter((u) => !up.includes(u))]
  }

  const server = http.createServer((req, res) => {
    const candidates = order()
    const clientAddress = req.socket.remoteAddress ?? ""
    const forwardedFor = req.headers["x-forwarded-for"] ? `${req.headers["x-forwarded-for"]}, ${clientAddress}` : clientAddress
    const headers = {
      ...withoutHopByHop(req.headers),
      "x-forwarded-for": forwardedFor,
      "x-forwarded-proto": "http",
      "x-forwarded-host": req.headers.host ?? "",
    }
    let current: http.ClientRequest | undefined
    res.on("close", () => {
      if (!res.writableFinished) current?.destroy()
    })

    const attempt = (index: number, lastError?: Error) => {
      const upstream = candidates[index]
      if (!upstream) return badGateway(res, lastError)
      let connected = false
      let answered = false
      const upstreamRequest = http.request({ host: upstream.host, port: upstream.port, method: req.method, path: req.url, headers, agent: false })
      current = upstreamRequest
      const connectTimer = setTimeout(() => upstreamRequest.destroy(new Error("connect timeout")), CONNECT_TIMEOUT_MS)
      upstreamRequest.on("socket", (socket: Socket) => {
        const send = () => {
          connected = true
          clearTimeout(connectTimer)
          // The body is read only now, so a refused connection has consumed none of it.
          if (req.readableEnded) upstreamRequest.end()
          else req.pipe(upstreamRequest)
        }
        if (socket.connecting) socket.once("connect", send)
        else send()
      })
      upstreamRequest.on("response", (upstreamResponse) => {
        answered = true
        res.writeHead(upstreamResponse.statusCode ?? 502, upstreamResponse.statusMessage, {
          ...withoutHopByHop(upstreamResponse.headers),
          "x-upstream": key(upstream),
        })
        upstreamResponse.pipe(res)
        upstreamResponse.on("error", () => res.destroy())
      })
      upstreamRequest.on("error", (error) => {
        clearTimeout(connectTimer)
        if (answered || res.headersSent) return void res.destroy(error)
        if (res.destroyed) return
        if (!connected) {
          downUntil.set(key(upstream), Date.now() + FAIL_TIMEOUT_MS)
          return attempt(index + 1, error)
        }
        if (RESENDABLE.has(req.method ?? "") && req.readableEnded) return attempt(index + 1, error)
        badGateway(res, error)
      })
    }
    attempt(0)
  })

  return new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(tier.port, () => resolve(server))
  })
}

function badGateway(res: http.ServerResponse, error?: Error) {
  if (res.headersSent) return void res.destroy()
  res.writeHead(502, { "content-type": "application/json" })
  res.end(JSON.stringify({ type: "bad_gateway", message: `No upstream answered: ${error?.message ?? "none available"}` }))
}

/** Resolves once something accepts connections on `port`. */
export async function waitForPort(port: number, service?: Service, timeoutMs = 30_000) {
  let exited = false
  service?.exited.then(() => (exited = true))
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (exited) throw new Error(`${service?.name} exited before it listened on port ${port}`)
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect({ port, host: "127.0.0.1" })
      socket.on("connect", () => {
        socket.destroy()
        resolve(true)
      })
      socket.on("error", () => resolve(false))
    })
    if (open) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`Nothing listened on port ${port} within ${timeoutMs / 1000} s`)
}
