/**
 * The load balancers in front of the cluster's tiers (backend servers, storefront instances):
 * Debian's nginx (`apt-get install -y nginx`), one process for every tier, from a configuration
 * generated here (nginxConfig):
 *   - round robin over the upstreams;
 *   - an upstream that fails a connection is skipped for 5 s (max_fails=1 fail_timeout=5s);
 *   - a request is retried on the next upstream on a connection error or timeout; a POST only
 *     when nothing was sent yet (nginx never resends a non-idempotent request without
 *     `non_idempotent`): a POST that reached an upstream gets 502 rather than be sent twice;
 *   - `X-Upstream` on every response: the instance(s) tried, the one that answered last.
 * There is no fallback: without nginx the cluster does not start, and says how to install it.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { connect } from "node:net"
import { delimiter, join } from "node:path"
import { startService, type Service } from "./processes"

export type Tier = { name: string; port: number; upstreams: { host: string; port: number }[] }
export type Balancers = { configFile: string; stop: () => Promise<void> }

const FAIL_TIMEOUT_S = 5
const CONNECT_TIMEOUT_S = 3

export const NGINX_MISSING =
  "The cluster's load balancers are nginx, which is not installed. Install Debian's: apt-get install -y nginx (as root), then start again."

/** The nginx binary on PATH (or in /usr/sbin, /usr/bin), or undefined. */
export function findNginx(dirs = [...(process.env.PATH ?? "").split(delimiter), "/usr/sbin", "/usr/bin"]): string | undefined {
  return dirs
    .filter(Boolean)
    .map((dir) => join(dir, "nginx"))
    .find((path) => existsSync(path))
}

/** The nginx binary; throws NGINX_MISSING (how to install it) when there is none. */
export function requireNginx(dirs?: string[]): string {
  const nginx = findNginx(dirs)
  if (!nginx) throw new Error(NGINX_MISSING)
  return nginx
}

/** nginx in front of every tier; resolves once each tier's port accepts connections. */
export async function startBalancers(tiers: Tier[], options: { dir: string; logFile?: string }): Promise<Balancers> {
  const nginx = requireNginx()
  mkdirSync(options.dir, { recursive: true })
  // nginx's workers run as "nobody" when started by root: they write request bodies here.
  const temp = join(options.dir, "temp")
  mkdirSync(temp, { recursive: true })
  chmodSync(temp, 0o777)
  const configFile = join(options.dir, "nginx.conf")
  writeFileSync(configFile, nginxConfig(tiers, options.dir, { ipv6: hasIpv6() }))
  const errorLog = join(options.dir, "error.log")
  const service = startService("nginx", nginx, ["-p", options.dir, "-c", configFile, "-e", errorLog], { logFile: options.logFile })
  try {
    await Promise.all(tiers.map((tier) => waitForPort(tier.port, service)))
  } catch (error) {
    await stopService(service)
    const log = existsSync(errorLog) ? readFileSync(errorLog, "utf8").trim().split("\n").slice(-5).join("\n") : ""
    throw new Error(`${(error as Error).message}${log ? `\nnginx's error log (${errorLog}):\n${log}` : ""}`)
  }
  return { configFile, stop: () => stopService(service) }
}

/** The nginx configuration for `tiers`, its pid, logs and temporary files in `dir`. */
export function nginxConfig(tiers: Tier[], dir: string, options: { ipv6: boolean }): string {
  const temp = join(dir, "temp")
  const upstreams = tiers
    .map(
      (tier) => `  upstream ${tier.name} {
${tier.upstreams.map((u) => `    server ${u.host}:${u.port} max_fails=1 fail_timeout=${FAIL_TIMEOUT_S}s;`).join("\n")}
  }
  server {
    listen ${tier.port};${options.ipv6 ? `\n    listen [::]:${tier.port};` : ""}
    location / { proxy_pass http://${tier.name}; }
  }`
    )
    .join("\n")
  return `daemon off;
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
  proxy_connect_timeout ${CONNECT_TIMEOUT_S}s;
  proxy_read_timeout 300s;
  add_header X-Upstream $upstream_addr always;
${upstreams}
}
`
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
  if (service.child.exitCode !== null || service.child.signalCode !== null) return
  service.kill("SIGTERM")
  await service.exited
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
