/**
 * Requests per second and latency of the storefront's cached pages, side by side with a
 * static-file server sending the same HTML bytes from disk in the same run: nginx when it
 * is on PATH (one worker, as the storefront is one Node process), else a minimal Node
 * server. Neither compresses (autocannon asks for no encoding), so both send equal bytes.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process"
import { mkdirSync, readFile, writeFileSync } from "node:fs"
import { createServer, type Server } from "node:http"
import { join } from "node:path"
import { findFreePort } from "../scripts/ports"
import { waitForHttp } from "../scripts/processes"
import { load, settle, type LoadResult } from "./http-load"
import { CACHED_PAGES, PAGES, PER_REQUEST_PAGES, type PageName } from "./pages"

export const CONNECTIONS = [1, 8, 32]

export type ThroughputRow = { page: PageName; connections: number; storefront: LoadResult; static: LoadResult; ratio: number }
export type PerRequestRow = { page: PageName; connections: number; storefront: LoadResult }
export type Throughput = { staticServer: "nginx" | "node"; pageBytes: Record<string, number>; rows: ThroughputRow[]; perRequest?: PerRequestRow[] }

type StaticServer = { kind: "nginx" | "node"; url: string; stop: () => Promise<void> }

export async function measureStorefrontThroughput(storefrontUrl: string, workDir: string, seconds: number, log: (line: string) => void): Promise<Throughput> {
  const root = join(workDir, "static-pages")
  const pageBytes: Record<string, number> = {}
  for (const page of CACHED_PAGES) {
    const response = await fetch(storefrontUrl + PAGES[page], { headers: { "accept-encoding": "identity" } })
    if (!response.ok) throw new Error(`${PAGES[page]}: ${response.status}`)
    const html = Buffer.from(await response.arrayBuffer())
    mkdirSync(join(root, PAGES[page]), { recursive: true })
    writeFileSync(join(root, PAGES[page], "index.html"), html)
    pageBytes[page] = html.length
  }
  const baseline = await startStaticServer(root, workDir)
  log(`static baseline: ${baseline.kind} on ${baseline.url}`)
  const rows: ThroughputRow[] = []
  try {
    for (const connections of CONNECTIONS) {
      for (const page of CACHED_PAGES) {
        await settle(storefrontUrl + PAGES[page])
        const storefront = await load({ url: storefrontUrl + PAGES[page], connections, seconds })
        const staticResult = await load({ url: baseline.url + PAGES[page], connections, seconds })
        rows.push({ page, connections, storefront, static: staticResult, ratio: storefront.requestsPerSecond / staticResult.requestsPerSecond })
        log(`${page} c=${connections}: ${storefront.requestsPerSecond.toFixed(0)} req/s vs static ${staticResult.requestsPerSecond.toFixed(0)} req/s`)
      }
    }
  } finally {
    await baseline.stop()
  }
  const perRequest: PerRequestRow[] = []
  for (const page of PER_REQUEST_PAGES) {
    await settle(storefrontUrl + PAGES[page])
    const storefront = await load({ url: storefrontUrl + PAGES[page], connections: 1, seconds })
    perRequest.push({ page, connections: 1, storefront })
    log(`${page} (per request) c=1: ${storefront.requestsPerSecond.toFixed(0)} req/s, p50 ${storefront.p50.toFixed(1)} ms`)
  }
  return { staticServer: baseline.kind, pageBytes, rows, perRequest }
}

async function startStaticServer(root: string, workDir: string): Promise<StaticServer> {
  const port = await findFreePort(0)
  const url = `http://127.0.0.1:${port}`
  if (spawnSync("sh", ["-c", "command -v nginx"]).status === 0) {
    const prefix = join(workDir, "nginx")
    mkdirSync(join(prefix, "logs"), { recursive: true })
    writeFileSync(
      join(prefix, "nginx.conf"),
      `worker_processes 1;
pid ${join(prefix, "nginx.pid")};
error_log ${join(prefix, "logs", "error.log")} warn;
${process.getuid?.() === 0 ? "user root;" : ""}
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${prefix}/body; proxy_temp_path ${prefix}/proxy; fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi; scgi_temp_path ${prefix}/scgi;
  default_type text/html;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    location / { try_files $uri/index.html =404; }
  }
}
`
    )
    const child = spawn("nginx", ["-p", prefix, "-c", join(prefix, "nginx.conf"), "-g", "daemon off;"], { stdio: "ignore" })
    await waitForHttp(url + PAGES.home, "nginx")
    return { kind: "nginx", url, stop: () => stopChild(child) }
  }
  const server = createServer((request, response) => {
    readFile(join(root, new URL(request.url ?? "/", url).pathname, "index.html"), (error, html) => {
      if (error) return void response.writeHead(404).end()
      response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": html.length }).end(html)
    })
  })
  await new Promise<void>((done) => server.listen(port, "127.0.0.1", done))
  return { kind: "node", url, stop: () => closeServer(server) }
}

function stopChild(child: ChildProcess) {
  return new Promise<void>((done) => {
    if (child.exitCode !== null) return done()
    child.once("exit", () => done())
    child.kill("SIGTERM")
  })
}

const closeServer = (server: Server) => new Promise<void>((done) => server.close(() => done()))
