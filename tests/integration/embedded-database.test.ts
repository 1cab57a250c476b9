import assert from "node:assert/strict"
import { spawn } from "node:child_process"
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { after, describe, it } from "node:test"
import pg from "pg"
import { startEmbeddedDatabase } from "../../scripts/embedded-database"

const MODULE = resolve(__dirname, "../../scripts/embedded-database.ts")

function postgresPids(dataDir: string) {
  const pidFile = join(dataDir, "postmaster.pid")
  if (!existsSync(pidFile)) return []
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0])
  try {
    process.kill(pid, 0)
    return [pid]
  } catch {
    return []
  }
}

describe("the embedded PostgreSQL", () => {
  const parent = mkdtempSync(join(tmpdir(), "stillpoint-pg-"))
  // mkdtemp makes a private folder; PostgreSQL runs as its own user and must reach it.
  chmodSync(parent, 0o755)
  const dataDir = join(parent, "data")
  after(() => rmSync(parent, { recursive: true, force: true }))

  it("refuses a second start while its shop runs, and survives a kill -9 of that shop, keeping its data", async () => {
    // A separate Node process starts PostgreSQL, writes a row, then is killed without warning.
    const script = `
      const { startEmbeddedDatabase } = require(${JSON.stringify(MODULE)})
      const pg = require("pg")
      startEmbeddedDatabase({ dataDir: ${JSON.stringify(dataDir)}, database: "crash", preferredPort: 56100 }).then(async (db) => {
        const client = new pg.Client({ connectionString: db.url })
        await client.connect()
        await client.query("create table orders (id int primary key, note text)")
        await client.query("insert into orders values (1, 'placed before the crash')")
        await client.end()
        console.log("READY")
        setInterval(() => {}, 1000)
      })`
    const child = spawn(process.execPath, ["--import", "tsx", "-e", script], { stdio: ["ignore", "pipe", "inherit"] })
    await new Promise<void>((ready, fail) => {
      child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("READY") && ready())
      child.on("exit", (code) => fail(new Error(`child exited with ${code} before it was ready`)))
    })
    // While its Node process lives, the server belongs to that shop: a second start refuses.
    await assert.rejects(startEmbeddedDatabase({ dataDir, database: "crash", preferredPort: 56100 }), /in use by a running shop/)
    child.kill("SIGKILL")
    await new Promise((done) => child.on("exit", done))
    const orphans = postgresPids(dataDir)
    assert.equal(orphans.length, 1, "expected the killed process to leave its PostgreSQL running")

    const db = await startEmbeddedDatabase({ dataDir, database: "crash", preferredPort: 56100 })
    try {
      assert.equal(postgresPids(dataDir).filter((pid) => orphans.includes(pid)).length, 0, "the orphan is still running")
      const client = new pg.Client({ connectionString: db.url })
      await client.connect()
      const { rows } = await client.query("select note from orders where id = 1")
      await client.end()
      assert.deepEqual(rows, [{ note: "placed before the crash" }])
    } finally {
      await db.stop()
    }
    assert.deepEqual(postgresPids(dataDir), [], "stop() left PostgreSQL running")
  })
})
