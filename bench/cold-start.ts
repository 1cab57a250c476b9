/**
 * From a clean clone to a shop that serves pages: clones this repository's HEAD into a
 * temporary folder, times `npm install`, then `npm start` on free ports until the
 * storefront answers 200, stops it and removes the clone. Takes about 5 minutes.
 * `npm run bench -- --cold-start` runs it after the other benchmarks; on its own:
 *
 *   node --import tsx bench/cold-start.ts
 *
 * npm's download cache (~/.npm) is kept, as on a developer's machine that has installed
 * before: the install time is the unpacking and linking, not the network.
 */
import { spawn } from "node:child_process"
import { chmodSync, mkdirSync, mkdtempSync, openSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { findFreePort } from "../scripts/ports"
import { run } from "../scripts/processes"

export type ColdStart = { commit: string; installSeconds: number; startSeconds: number }

const ROOT = resolve(__dirname, "..")

export async function measureColdStart(log: (line: string) => void): Promise<ColdStart> {
  const dir = mkdtempSync(join(tmpdir(), "stillpoint-cold-"))
  // mkdtemp makes it private; the embedded PostgreSQL's own user must be able to enter it.
  chmodSync(dir, 0o755)
  const clone = join(dir, "shop")
  try {
    await run("git", ["clone", "--quiet", ROOT, clone], { quiet: true })
    const commit = (await run("git", ["rev-parse", "--short", "HEAD"], { cwd: clone, quiet: true })).trim()
    log(`cloned ${commit} into ${clone}`)

    let started = Date.now()
    await run("npm", ["install", "--no-audit", "--no-fund"], { cwd: clone, quiet: true })
    const installSeconds = (Date.now() - started) / 1000
    log(`npm install: ${installSeconds.toFixed(1)} s`)

    const backendPort = await findFreePort(0)
    const storefrontPort = await findFreePort(0)
    started = Date.now()
    // Its own process group, so stopping it reaches npm, the launcher and everything it started.
    // Its output outlives the clone, for when it fails.
    mkdirSync(join(ROOT, "bench", "results"), { recursive: true })
    const logFile = join(ROOT, "bench", "results", `cold-start-${commit}.log`)
    const output = openSync(logFile, "w")
    const shop = spawn("npm", ["start"], {
      cwd: clone,
      env: { ...process.env, BACKEND_PORT: String(backendPort), STOREFRONT_PORT: String(storefrontPort) },
      stdio: ["ignore", output, output],
      detached: true,
    })
    const exited = new Promise<void>((done) => shop.once("exit", () => done()))
    try {
      const url = `http://localhost:${storefrontPort}/us`
      for (let open = false; !open; ) {
        if (shop.exitCode !== null) throw new Error(`npm start exited with ${shop.exitCode} before the storefront answered (output: ${logFile})`)
        if (Date.now() - started > 15 * 60_000) throw new Error("The shop did not open within 15 minutes")
        open = await fetch(url).then((response) => response.ok, () => false)
        if (!open) await new Promise((done) => setTimeout(done, 500))
      }
      const startSeconds = (Date.now() - started) / 1000
      log(`npm start: storefront answered after ${startSeconds.toFixed(1)} s`)
      return { commit, installSeconds, startSeconds }
    } finally {
      if (shop.pid && shop.exitCode === null) {
        process.kill(-shop.pid, "SIGINT")
        const stopped = await Promise.race([exited.then(() => true), new Promise((done) => setTimeout(() => done(false), 60_000))])
        if (!stopped) process.kill(-shop.pid, "SIGKILL")
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (require.main === module) {
  measureColdStart((line) => console.log(`  ${line}`)).catch((error) => {
    console.error(error)
    process.exit(1)
  })
}
