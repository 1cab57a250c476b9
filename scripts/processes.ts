/** Child processes for the launcher and the test harness: prefixed logs, clean shutdown. */
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process"
import { createWriteStream, mkdirSync } from "node:fs"
import { dirname } from "node:path"

export type Service = { name: string; child: ChildProcess; exited: Promise<number | null> }

const running = new Set<Service>()

/**
 * Starts a long-running process. Its output goes to `logFile` when given, else to
 * this terminal with a `[name]` prefix.
 */
export function startService(
  name: string,
  command: string,
  args: string[],
  options: SpawnOptions & { logFile?: string }
): Service {
  const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] })
  const sink = options.logFile ? openLog(options.logFile) : null
  const forward = (stream: NodeJS.ReadableStream | null, target: NodeJS.WriteStream) => {
    if (!stream) return
    if (sink) return void stream.pipe(sink, { end: false })
    let partial = ""
    stream.on("data", (chunk: Buffer) => {
      const lines = (partial + chunk.toString()).split("\n")
      partial = lines.pop() ?? ""
      for (const line of lines) target.write(`[${name}] ${line}\n`)
    })
  }
  forward(child.stdout, process.stdout)
  forward(child.stderr, process.stderr)
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)))
  const service = { name, child, exited }
  running.add(service)
  exited.then(() => running.delete(service))
  return service
}

function openLog(file: string) {
  mkdirSync(dirname(file), { recursive: true })
  return createWriteStream(file, { flags: "a" })
}

/** Runs a command to completion; rejects with its tail of output when it fails. */
export function run(
  command: string,
  args: string[],
  options: SpawnOptions & { quiet?: boolean; onLine?: (line: string) => void }
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] })
    let output = ""
    const collect = (chunk: Buffer) => {
      const text = chunk.toString()
      output += text
      if (options.onLine) text.split("\n").filter(Boolean).forEach(options.onLine)
      else if (!options.quiet) process.stdout.write(text)
    }
    child.stdout?.on("data", collect)
    child.stderr?.on("data", collect)
    child.on("error", reject)
    child.on("exit", (code) => {
      if (code === 0) resolve(output)
      else reject(new Error(`${command} ${args.join(" ")} exited with ${code}\n${output.slice(-4000)}`))
    })
  })
}

/** SIGTERM to every service, then SIGKILL to whatever has not exited after `graceMs`. */
export async function stopAll(graceMs = 10_000) {
  const services = [...running]
  for (const service of services) service.child.kill("SIGTERM")
  const timeout = new Promise((resolve) => setTimeout(resolve, graceMs))
  await Promise.race([Promise.all(services.map((s) => s.exited)), timeout])
  for (const service of running) service.child.kill("SIGKILL")
}

export async function waitForHttp(url: string, what: string, service?: Service, timeoutMs = 180_000) {
  const started = Date.now()
  let exited = false
  service?.exited.then(() => (exited = true))
  while (Date.now() - started < timeoutMs) {
    if (exited) throw new Error(`${what} exited before it answered at ${url}`)
    try {
      const response = await fetch(url)
      if (response.ok) return Date.now() - started
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${what} did not answer at ${url} within ${timeoutMs / 1000} s`)
}
