/** Child processes for the launcher and the test harness: prefixed logs, clean shutdown. */
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process"
import { createWriteStream, mkdirSync } from "node:fs"
import { dirname } from "node:path"
import { createInterface } from "node:readline"

export type Service = {
  name: string
  child: ChildProcess
  exited: Promise<number | null>
  /** Signals the process, or its whole process group when started with `group`. */
  kill: (signal: NodeJS.Signals) => void
}

const running = new Set<Service>()

/**
 * Starts a long-running process. Its output goes to `logFile` when given, else to
 * this terminal with a `[name]` prefix. `group` starts it in a process group of its own and
 * signals the whole group: a parent that forks workers (`medusa start --cluster`) passes
 * SIGTERM on to none of them, and they would otherwise be cut off instead of shutting down.
 */
export function startService(
  name: string,
  command: string,
  args: string[],
  options: SpawnOptions & { logFile?: string; group?: boolean }
): Service {
  const child = spawn(command, args, { ...options, detached: options.group, stdio: ["ignore", "pipe", "pipe"] })
  const sink = options.logFile ? openLog(options.logFile) : null
  const forward = (stream: NodeJS.ReadableStream | null, target: NodeJS.WriteStream) => {
    if (!stream) return
    if (sink) return void stream.pipe(sink, { end: false })
    eachLine(stream, (line) => target.write(`[${name}] ${line}\n`))
  }
  forward(child.stdout, process.stdout)
  forward(child.stderr, process.stderr)
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)))
  const kill = (signal: NodeJS.Signals) => {
    if (!options.group || !child.pid) return void child.kill(signal)
    try {
      process.kill(-child.pid, signal)
    } catch {
      // the group is gone
    }
  }
  const service = { name, child, exited, kill }
  running.add(service)
  exited.then(() => running.delete(service))
  return service
}

function openLog(file: string) {
  mkdirSync(dirname(file), { recursive: true })
  return createWriteStream(file, { flags: "a" })
}

/** An onLine for output where only errors are worth showing. */
export const errorsOnly = (log: (line: string) => void) => (line: string) => {
  if (/error/i.test(line)) log(line)
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
    const collect = (line: string) => {
      output += `${line}\n`
      if (options.onLine) {
        if (line) options.onLine(line)
      } else if (!options.quiet) process.stdout.write(`${line}\n`)
    }
    const streamsDone = [child.stdout, child.stderr].map((stream) => (stream ? eachLine(stream, collect) : undefined))
    child.on("error", reject)
    // "close", not "exit": the last lines are read only once both streams have ended.
    child.on("close", async (code) => {
      await Promise.all(streamsDone)
      if (code === 0) resolve(output)
      else reject(new Error(`${command} ${args.join(" ")} exited with ${code}\n${output.slice(-4000)}`))
    })
  })
}

/**
 * Calls `onLine` for each line of `stream`, a line split across chunks included (readline
 * joins it); resolves when the stream has ended.
 */
function eachLine(stream: NodeJS.ReadableStream, onLine: (line: string) => void): Promise<void> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity })
  lines.on("line", onLine)
  return new Promise((resolve) => lines.once("close", resolve))
}

/** SIGTERM to `services`, then SIGKILL to whichever has not exited after `graceMs`. */
export async function stopServices(services: Service[], graceMs = 10_000) {
  for (const service of services) service.kill("SIGTERM")
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise((resolve) => (timer = setTimeout(resolve, graceMs)))
  await Promise.race([Promise.all(services.map((s) => s.exited)), timeout])
  clearTimeout(timer)
  for (const service of services) if (running.has(service)) service.kill("SIGKILL")
}

/** Stops every service this process started. */
export const stopAll = (graceMs?: number) => stopServices([...running], graceMs)

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
