/**
 * What one add to cart costs the database: one shopper adds items one after another to carts
 * of their own, and PostgreSQL's statistics views are read before and after. Reported per call:
 * transactions committed (each statement outside a transaction is one), index and sequential
 * scans by table (a query reads one or more tables, so scans >= queries), rows written, and
 * the call's latency. The workflow_execution row is where Medusa's workflow engine keeps
 * workflow runs.
 */
import pg from "pg"
import { latencyOf, type Latency } from "./http-load"
import { addToCart, createCart, storeSdk, type Shop } from "./store-api"

export type CartProfile = Latency & {
  calls: number
  perCall: { transactions: number; scans: number; rowsWritten: number; workflowExecutionScans: number; workflowExecutionWrites: number }
  /** Scans per call of the tables read most. */
  topTables: { table: string; scans: number }[]
}

type TableStats = Map<string, { scans: number; writes: number }>

async function readStats(client: pg.Client, database: string): Promise<{ transactions: number; tables: TableStats }> {
  await client.query("SELECT pg_stat_clear_snapshot()")
  const db = await client.query("SELECT xact_commit::bigint AS n FROM pg_stat_database WHERE datname = $1", [database])
  const rows = await client.query(
    "SELECT relname, coalesce(seq_scan,0) + coalesce(idx_scan,0) AS scans, n_tup_ins + n_tup_upd + n_tup_del AS writes FROM pg_stat_user_tables"
  )
  const tables: TableStats = new Map()
  for (const row of rows.rows) tables.set(row.relname, { scans: Number(row.scans), writes: Number(row.writes) })
  return { transactions: Number(db.rows[0]?.n ?? 0), tables }
}

// PostgreSQL publishes an idle backend's counters within 10 s (PGSTAT_IDLE_INTERVAL).
const statsSettled = () => new Promise((done) => setTimeout(done, 11_000))

export async function profileAddToCart(shop: Shop, databaseUrl: string, calls: number, log: (line: string) => void): Promise<CartProfile> {
  const sdk = storeSdk(shop)
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const database = new URL(databaseUrl).pathname.slice(1)
    // Warm: the first calls compile code paths and fill caches.
    const warm = await createCart(sdk, shop)
    for (let i = 0; i < 5; i++) await addToCart(sdk, warm, shop.products[i % shop.products.length].variantId)
    const carts = [await createCart(sdk, shop), await createCart(sdk, shop)]
    await statsSettled()
    const before = await readStats(client, database)
    const times: number[] = []
    for (let i = 0; i < calls; i++) {
      // New lines and added quantities, as shoppers do; a cart of a few lines, as theirs are.
      const started = performance.now()
      await addToCart(sdk, carts[i % carts.length], shop.products[i % 4].variantId)
      times.push(performance.now() - started)
    }
    await statsSettled()
    const after = await readStats(client, database)
    // Less this client's own statements between the two readings (the last of the first, the first of the second).
    const transactions = (after.transactions - before.transactions - 2) / calls
    const perTable = [...after.tables].map(([table, now]) => {
      const was = before.tables.get(table) ?? { scans: 0, writes: 0 }
      return { table, scans: (now.scans - was.scans) / calls, writes: (now.writes - was.writes) / calls }
    })
    const sum = (key: "scans" | "writes") => perTable.reduce((n, t) => n + t[key], 0)
    const workflowExecution = perTable.find((t) => t.table === "workflow_execution") ?? { scans: 0, writes: 0 }
    const profile: CartProfile = {
      calls,
      ...latencyOf(times),
      perCall: {
        transactions,
        scans: sum("scans"),
        rowsWritten: sum("writes"),
        workflowExecutionScans: workflowExecution.scans,
        workflowExecutionWrites: workflowExecution.writes,
      },
      topTables: perTable
        .filter((t) => t.scans > 0)
        .sort((a, b) => b.scans - a.scans)
        .slice(0, 12)
        .map((t) => ({ table: t.table, scans: Number(t.scans.toFixed(1)) })),
    }
    log(
      `add to cart x${calls}: p50 ${profile.p50.toFixed(1)} ms, p95 ${profile.p95.toFixed(1)} ms; per call ${transactions.toFixed(1)} transactions, ${profile.perCall.scans.toFixed(1)} scans, ${profile.perCall.rowsWritten.toFixed(1)} rows written, workflow_execution ${workflowExecution.scans.toFixed(1)} scans / ${workflowExecution.writes.toFixed(1)} writes`
    )
    return profile
  } finally {
    await client.end()
  }
}
