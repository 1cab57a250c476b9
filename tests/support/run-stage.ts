/**
 * Runs one test command for the suite runners (run-suite.ts, run-cluster-suite.ts), streaming
 * its output, and reads the tally from the runner's own summary lines (node:test or Playwright):
 * passed, failed, and skipped (node:test's skipped and todo; Playwright's skipped and did-not-run).
 */
import { spawn } from "node:child_process"

export type Tally = { passed: number; failed: number; skipped: number; exitCode: number | null }

export function runTestCommand(command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<Tally> {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "inherit"] })
    let output = ""
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString()
      process.stdout.write(chunk)
    })
    child.on("exit", (exitCode) => {
      const number = (pattern: RegExp) => Number(output.match(pattern)?.[1] ?? 0)
      const passed = number(/ℹ pass (\d+)/) || number(/(\d+) passed/)
      const failed = number(/ℹ fail (\d+)/) || number(/(\d+) failed/)
      const skipped = number(/ℹ skipped (\d+)/) + number(/ℹ todo (\d+)/) || number(/(\d+) skipped/) + number(/(\d+) did not run/)
      resolvePromise({ passed, failed, skipped, exitCode })
    })
  })
}
