/**
 * A local redis-server (Debian's `apt-get install redis-server`) for the cluster launcher and
 * its tests, when REDIS_URL does not point at one already. It asks every client for a password
 * (`requirepass`, written to a config file only root can read rather than onto the command line,
 * which every local user can see in `ps`); the URL it returns carries that password.
 */
import { execFileSync } from "node:child_process"
import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs"
import { connect } from "node:net"
import { delimiter, join } from "node:path"
import { findFreePort } from "./ports"
import { startService, type Service } from "./processes"

export type RunningRedis = { url: string; port: number; service: Service }

/** The redis-server on PATH (or in /usr/sbin, /usr/bin), or undefined. */
export function findRedisServer(): string | undefined {
  const dirs = [...(process.env.PATH ?? "").split(delimiter), "/usr/sbin", "/usr/bin"]
  return dirs.map((dir) => join(dir, "redis-server")).find((path) => existsSync(path))
}

/** Installs Debian's redis-server with apt-get, when this machine has apt-get and we are root. */
export function installRedisServerWithApt(log: (line: string) => void): string | undefined {
  if (process.getuid?.() !== 0 || !existsSync("/usr/bin/apt-get")) return undefined
  log("redis-server is missing: installing Debian's (apt-get install -y redis-server)")
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" }
  execFileSync("apt-get", ["update", "-qq"], { stdio: "ignore", env })
  execFileSync("apt-get", ["install", "-y", "-qq", "redis-server"], { stdio: "ignore", env })
  return findRedisServer()
}

/** `url` with its password, if any, replaced by "***": for banners and logs. */
export function redactedUrl(url: string) {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = "***"
    return parsed.toString().replace(/\/$/, "")
  } catch {
    return "(REDIS_URL)"
  }
}

/**
 * Starts redis-server on 127.0.0.1 with its files in `dataDir`, answering only clients that
 * give `password` (AUTH). `persistent` keeps an append-only file there (queued events survive a
 * restart); otherwise nothing but the config file is written.
 */
export async function startRedisServer(options: {
  binary: string
  dataDir: string
  password: string
  port?: number
  persistent: boolean
  logFile?: string
}): Promise<RunningRedis> {
  if (!options.password) throw new Error("redis-server needs a password (requirepass)")
  mkdirSync(options.dataDir, { recursive: true })
  const port = options.port ?? (await findFreePort(0))
  const configFile = join(options.dataDir, "redis.conf")
  writeFileSync(configFile, `requirepass ${options.password}\n`, { mode: 0o600 })
  chmodSync(configFile, 0o600)
  const args = [configFile, "--port", String(port), "--bind", "127.0.0.1", "--dir", options.dataDir, "--save", "", "--daemonize", "no"]
  args.push("--appendonly", options.persistent ? "yes" : "no")
  const service = startService("redis", options.binary, args, { logFile: options.logFile })
  await waitForRedis(port, options.password, service)
  return { url: `redis://:${encodeURIComponent(options.password)}@127.0.0.1:${port}`, port, service }
}

/**
 * The shop's own redis-server, for `npm start` with several backend processes and for
 * `npm run start:cluster`: its files in `<shopDataDir>/redis`, append-only (events queued when
 * the shop stops are handled after the next start), on 6379 or the next free port.
 */
export async function startShopRedis(binary: string, shopDataDir: string, password: string): Promise<RunningRedis> {
  const dataDir = join(shopDataDir, "redis")
  return startRedisServer({ binary, dataDir, password, port: await findFreePort(6379), persistent: true, logFile: join(dataDir, "redis.log") })
}

async function waitForRedis(port: number, password: string, service: Service, timeoutMs = 30_000) {
  let exited = false
  service.exited.then(() => (exited = true))
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (exited) throw new Error(`redis-server exited before it answered on port ${port}`)
    if (await answersPing(port, password)) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`redis-server did not answer on port ${port} within ${timeoutMs / 1000} s`)
}

/** Whether the server on `port` answers PING once signed in with `password`. */
function answersPing(port: number, password: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: "127.0.0.1" })
    socket.setTimeout(1000)
    socket.on("connect", () => socket.write(`AUTH ${password}\r\nPING\r\n`))
    let answer = ""
    socket.on("data", (data) => {
      answer += data.toString()
      if (!answer.startsWith("+OK") || answer.includes("+PONG")) {
        socket.destroy()
        resolve(answer.startsWith("+OK") && answer.includes("+PONG"))
      }
    })
    socket.on("error", () => resolve(false))
    socket.on("timeout", () => {
      socket.destroy()
      resolve(false)
    })
  })
}
