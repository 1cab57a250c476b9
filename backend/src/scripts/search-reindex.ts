/**
 * Rebuilds search indexes from their definitions (src/search): each one is seeded into a
 * new version and swapped in when complete, so searches keep being answered meanwhile.
 *
 *   medusa exec ./src/scripts/search-reindex.ts [index…]     (all indexes when none given)
 *
 * `npm run search:reindex` runs it with the shop's database (see scripts/start-shop.ts);
 * `npm start` runs it for the `post` index after the seed, so the journal index always
 * matches content/posts. Progress lines start with "search: ".
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

const bar = (done: number, total: number, width = 20) => {
  const filled = total ? Math.round((done / total) * width) : width
  return `[${"█".repeat(filled)}${"░".repeat(width - filled)}] ${done}/${total}`
}

export default async function searchReindex({ container, args }: ExecArgs) {
  const searchModule = container.resolve(Modules.SEARCH)
  const registered = (await searchModule.listIndexes()).map((index) => index.name)
  const wanted = (args ?? []).filter(Boolean)
  const unknown = wanted.filter((name) => !registered.includes(name))
  if (unknown.length) throw new Error(`Unknown search index(es): ${unknown.join(", ")}. Registered: ${registered.join(", ")}`)
  const names = wanted.length ? wanted : registered

  const started = Date.now()
  console.log(`search: ${bar(0, names.length)} reindexing ${names.join(", ")}`)
  for (const [i, name] of names.entries()) {
    const indexStarted = Date.now()
    console.log(`search: ${bar(i, names.length)} ${name}: building a new version…`)
    await searchModule.reindex({ index: name, strategy: "swap" })
    const { metadata } = await searchModule.search({
      entity: name,
      pagination: { take: 0 },
      search_options: { count: "exact" },
    })
    const seconds = ((Date.now() - indexStarted) / 1000).toFixed(1)
    console.log(`search: ${bar(i + 1, names.length)} ${name}: ${metadata.count ?? "?"} documents in ${seconds} s`)
  }
  console.log(`search: done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
