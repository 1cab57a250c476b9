/**
 * success@3 and MRR on the judged query set (tests/search-relevance), per provider: the
 * shop's own POST /store/search (Postgres unless MEILISEARCH_HOST is set) and our
 * Meilisearch provider on the stand-in holding the same documents (a real Meilisearch
 * with MEILISEARCH_TEST_HOST). Measured on the seeded catalogue, before generated
 * products are added: the judgments are about the shop's own products and posts.
 */
import { formatReport, judge, meilisearchCopy, storeApiSearch } from "../tests/search-relevance/relevance"

export type RelevanceRow = { provider: string; queries: number; successAt3: number; mrr: number; missed: string[] }

export async function measureSearchRelevance(backendUrl: string, publishableKey: string, log: (line: string) => void): Promise<RelevanceRow[]> {
  const reports = [await judge(process.env.MEILISEARCH_HOST ? "meilisearch (shop)" : "postgres", storeApiSearch(backendUrl, publishableKey))]
  const meilisearch = await meilisearchCopy(backendUrl, publishableKey)
  try {
    reports.push(await judge(meilisearch.label, meilisearch.search))
  } finally {
    await meilisearch.stop()
  }
  for (const report of reports) for (const line of formatReport(report).split("\n")) log(line)
  return reports.map((report) => ({
    provider: report.provider,
    queries: report.queries,
    successAt3: report.successAt3,
    mrr: report.mrr,
    missed: report.judged.filter((j) => j.rank === null || j.rank > 3).map((j) => `${j.judgment.index}: ${j.judgment.query}`),
  }))
}
