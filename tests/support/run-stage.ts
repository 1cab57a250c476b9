/**
 * Runs one test command for the suite runners (run-suite.ts, run-cluster-suite.ts), streaming
 * its output, and reads the tally from the runner's own summary lines (node:test or Playwright):
 * passed, failed, and skipped (node:test's skipped and todo; Playwright's skipped and did-not-run).
 * The skipped tests are named from a report the runner writes beside its usual output.
 */
import { spawn } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, relative, resolve } from "node:path"
import { isExpectedSkip, type SkippedTest } from "./expected-skips"

export type Tally = { passed: number; failed: number; skipped: number; skippedTests: SkippedTest[]; exitCode: number | null }

/** Which runner the command starts, so that its skipped tests can be read back. */
export type Runner = "node:test" | "playwright"

const SKIP_REPORTER = resolve(__dirname, "skip-reporter.mjs")

export function runTestCommand(command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string, runner: Runner): Promise<Tally> {
  const reportDir = mkdtempSync(join(tmpdir(), "skipped-tests-"))
  const report = join(reportDir, runner === "node:test" ? "skipped.jsonl" : "report.json")
  // node:test writes its skips through our reporter (right after --test, before the files);
  // Playwright through its JSON reporter, which its config adds when PLAYWRIGHT_JSON_REPORT is set.
  const testArgs =
    runner === "node:test"
      ? args.flatMap((arg) => (arg === "--test" ? [arg, "--test-reporter=spec", "--test-reporter-destination=stdout", `--test-reporter=${SKIP_REPORTER}`, `--test-reporter-destination=${report}`] : [arg]))
      : args
  return new Promise((resolvePromise) => {
    const child = spawn(command, testArgs, { cwd, env: runner === "playwright" ? { ...env, PLAYWRIGHT_JSON_REPORT: report } : env, stdio: ["ignore", "pipe", "inherit"] })
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
      const skippedTests = existsSync(report) ? (runner === "node:test" ? nodeTestSkips(report) : playwrightSkips(report)) : []
      rmSync(reportDir, { recursive: true, force: true })
      resolvePromise({ passed, failed, skipped, skippedTests, exitCode })
    })
  })
}

function nodeTestSkips(report: string): SkippedTest[] {
  return readFileSync(report, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as SkippedTest)
}

type PlaywrightSuite = {
  suites?: PlaywrightSuite[]
  specs?: { title: string; file: string; tests: { status: string; annotations: { type: string; description?: string }[] }[] }[]
}

/** Playwright's JSON report: every test whose status is "skipped" (test.skip, fixme, or did not run). */
function playwrightSkips(report: string): SkippedTest[] {
  const { config, suites } = JSON.parse(readFileSync(report, "utf8")) as { config: { rootDir: string }; suites: PlaywrightSuite[] }
  const walk = (suite: PlaywrightSuite): SkippedTest[] => [
    ...(suite.specs ?? []).flatMap((spec) =>
      spec.tests
        .filter((test) => test.status === "skipped")
        .map((test) => {
          const annotation = test.annotations.find((a) => a.type === "skip" || a.type === "fixme")
          return { file: join(config.rootDir, spec.file), name: spec.title, kind: "skip" as const, reason: annotation ? (annotation.description ?? "") : "did not run" }
        })
    ),
    ...(suite.suites ?? []).flatMap(walk),
  ]
  return suites.flatMap(walk)
}

/**
 * Prints every skipped and todo test with its reason, and returns how many were not expected
 * (tests/support/expected-skips.ts). Skips the runner counted but could not name are unexpected too.
 */
export function reportSkips(tally: Pick<Tally, "skipped" | "skippedTests">, root: string): number {
  const unexpected = tally.skippedTests.filter((test) => !isExpectedSkip(test))
  for (const test of tally.skippedTests) {
    const where = relative(root, test.file)
    console.log(`  ${isExpectedSkip(test) ? "﹣ expected" : "✖ unexpected"} ${test.kind}: ${where} › ${test.name}${test.reason ? ` (${test.reason})` : ""}`)
  }
  const unnamed = Math.max(0, tally.skipped - tally.skippedTests.length)
  if (unnamed) console.log(`  ✖ ${unnamed} more skipped test(s) the runner did not name`)
  return unexpected.length + unnamed
}
