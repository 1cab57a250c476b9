/**
 * A node:test reporter for the suite runners: one JSON line per skipped or todo test (file, name,
 * kind, reason), so that a run can name the tests that tested nothing. The spec reporter prints
 * them among the passes and its closing tally only counts them.
 * Plain JavaScript: node:test loads reporters before `--import tsx` can compile TypeScript.
 *
 * @param {AsyncIterable<{ type: string, data: { name: string, file?: string, skip?: string | boolean, todo?: string | boolean } }>} events
 */
export default async function* skippedTests(events) {
  for await (const { type, data } of events) {
    if (type !== "test:pass" && type !== "test:fail") continue
    const reason = data.skip ?? data.todo
    if (reason === undefined) continue
    const kind = data.skip !== undefined ? "skip" : "todo"
    yield `${JSON.stringify({ file: data.file ?? "", name: data.name, kind, reason: typeof reason === "string" ? reason : "" })}\n`
  }
}
