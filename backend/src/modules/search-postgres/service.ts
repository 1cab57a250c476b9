/**
 * Medusa's Postgres search provider, plus highlighting and an indexed typo tolerance.
 *
 * The stock provider refuses `search_options.highlight` ("does not support
 * highlighting"), which would leave the storefront with no way to show why a hit
 * matched. This subclass takes the option out, lets the stock provider run the query,
 * then marks up the returned hits (see highlight.ts).
 *
 * The stock typo tolerance compares the query with every document's whole text
 * (`word_similarity`) in the hits, the count and each facet query: a cost that grows with
 * the catalogue. Here a typo-tolerant query instead also matches the close words from the
 * index's lexicon (see typo-lexicon.ts), a GIN-indexed full-text match. Everything else —
 * index tables, writes, filters, facets — is the stock provider's. Same identifier, so
 * indexes built by the stock provider stay valid.
 */
import { MedusaError } from "@medusajs/framework/utils"
import type { SearchTypes } from "@medusajs/framework/types"
import { deletePath, leafFields } from "../../lib/document-paths"
import { PostgresSearchService, tableNameForIndex } from "../../lib/medusa-internals"
import { highlightDocument, queryTerms } from "./highlight"
import { addWordsSql, closeWordsSql, createLexiconSql, fuzzyTsQuery, lexiconTable, type CloseWordRow } from "./typo-lexicon"

type Field = SearchTypes.SearchFieldDefinition

const isSearchable = (field: Field) => field.searchable === true || typeof field.searchable === "object"

type Query = SearchTypes.ProviderSearchQuery
type DbManager = Parameters<PostgresSearchService["dropDocumentTable"]>[1]

export class StillpointPostgresSearchService extends PostgresSearchService {
  static identifier = "search-postgres"

  /** The close-word tsquery of each typo-tolerant query in flight, read by keywordFragments. */
  private readonly fuzzyQueries = new WeakMap<Query, string>()
  /** Lexicons known to exist in this process, by document table. */
  private readonly lexicons = new Map<string, Promise<void>>()

  async search(input: Query): Promise<SearchTypes.SearchResult> {
    const { highlight, ...searchOptions } = input.search_options ?? {}
    const q = input.q?.trim()
    if (!highlight || !q) return this.searchWithTypos({ ...input, search_options: searchOptions })

    const known = new Map(leafFields(input.index.fields))
    const paths =
      highlight === true
        ? searchOptions.attributes_to_search_on ?? [...known].filter(([, field]) => isSearchable(field)).map(([path]) => path)
        : highlight.fields
    for (const path of paths) {
      const field = known.get(path)
      if (!field) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Cannot highlight unknown field "${path}" on search index "${input.index.name}"`)
      if (field.type !== "text" && field.type !== "keyword") {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Cannot highlight field "${path}" of type "${field.type}" on search index "${input.index.name}"`)
      }
    }

    // Fetch the highlighted fields even when the caller didn't ask for them, then drop them again.
    const extra = paths.filter((path) => !input.attributes_to_retrieve.includes(path))
    const result = await this.searchWithTypos({
      ...input,
      search_options: searchOptions,
      attributes_to_retrieve: [...input.attributes_to_retrieve, ...extra],
    })
    const options = typeof highlight === "object" ? highlight : undefined
    const snippet = options?.snippet
    const settings = {
      pre_tag: options?.pre_tag ?? "<mark>",
      post_tag: options?.post_tag ?? "</mark>",
      snippet_words: snippet ? (typeof snippet === "object" ? snippet.length : 10) : undefined,
      typo_tolerance: !!searchOptions.typo_tolerance && (input.index.settings.typo_tolerance?.enabled ?? true),
    }
    const terms = queryTerms(q)
    for (const hit of result.hits) {
      hit.highlights = highlightDocument(hit.document, paths, terms, settings)
      for (const path of extra) deletePath(hit.document, path.split("."))
    }
    return result
  }

  private async searchWithTypos(query: Query): Promise<SearchTypes.SearchResult> {
    const options = query.search_options ?? {}
    const q = query.q?.trim()
    const typos = !!q && !!options.typo_tolerance && (query.index.settings.typo_tolerance?.enabled ?? true)
    // The stock path stays for what the lexicon does not cover: a subset of fields, vectors.
    if (!q || !typos || options.attributes_to_search_on || options.vector || this.isLakebase_) return super.search(query)
    const table = tableNameForIndex(query.index.physical_name)
    await this.ensureLexicon(table)
    const rows = (await this.manager_.execute(closeWordsSql(table, this.tsConfig_), [q])) as CloseWordRow[]
    const fuzzy = fuzzyTsQuery(rows, options.match_strategy)
    if (!fuzzy) return super.search(query)
    this.fuzzyQueries.set(query, fuzzy)
    try {
      return await super.search(query)
    } finally {
      this.fuzzyQueries.delete(query)
    }
  }

  /** For a query with close words: the exact match (typos off), or the close-word match. */
  protected keywordFragments(input: Parameters<PostgresSearchService["keywordFragments"]>[0]) {
    const fuzzy = this.fuzzyQueries.get(input.query)
    if (!fuzzy) return super.keywordFragments(input)
    const query = { ...input.query, search_options: { ...input.query.search_options, typo_tolerance: false } }
    const exact = super.keywordFragments({ ...input, query })
    const exactMatch = exact.matchSql
    if (!exactMatch) return exact
    return {
      ...exact,
      rankSql: (params: unknown[]) => {
        const rank = exact.rankSql(params)
        params.push(fuzzy)
        return `GREATEST(${rank}, ts_rank_cd("search_vector", ?::tsquery))`
      },
      matchSql: (params: unknown[]) => {
        const match = exactMatch(params)
        params.push(fuzzy)
        return `(${match} OR "search_vector" @@ ?::tsquery)`
      },
    }
  }

  /**
   * Creates (and fills) the table's lexicon the first time this process needs it. Under a
   * transaction-scoped advisory lock: servers starting together would otherwise race in
   * CREATE ... IF NOT EXISTS, which is not safe against concurrent creation.
   */
  private ensureLexicon(table: string): Promise<void> {
    let ready = this.lexicons.get(table)
    if (!ready) {
      ready = this.withTransaction(async (manager) => {
        await manager.execute(`SELECT pg_advisory_xact_lock(hashtext(?))`, [lexiconTable(table)])
        const [{ exists }] = (await manager.execute(`SELECT to_regclass(?) IS NOT NULL AS "exists"`, [lexiconTable(table)])) as { exists: boolean }[]
        if (exists) return
        for (const sql of createLexiconSql(table)) await manager.execute(sql)
        await manager.execute(addWordsSql(table))
      })
      ready.catch(() => this.lexicons.delete(table))
      this.lexicons.set(table, ready)
    }
    return ready
  }

  /** The stock upsert, then the documents' words into the lexicon. */
  async upsertDocuments(input: Parameters<PostgresSearchService["upsertDocuments"]>[0]): Promise<SearchTypes.SearchTask> {
    const task = await super.upsertDocuments(input)
    if (!input.documents.length || this.isLakebase_) return task
    const { table_name: table, plan } = await this.retrieve(input.index)
    const ids = [...new Set(input.documents.map((document) => String(document[plan.primary_key])))]
    await this.ensureLexicon(table)
    for (let start = 0; start < ids.length; start += 500) {
      const chunk = ids.slice(start, start + 500)
      await this.manager_.execute(addWordsSql(table, chunk.length), chunk)
    }
    return task
  }

  protected async dropDocumentTable(table: string, manager: DbManager): Promise<void> {
    await super.dropDocumentTable(table, manager)
    await manager.execute(`DROP TABLE IF EXISTS "${lexiconTable(table)}"`)
    this.lexicons.delete(table)
  }

  /** The stock clear, and the lexicon goes too (the next search or write rebuilds it). */
  async clearIndex(input: Parameters<PostgresSearchService["clearIndex"]>[0]): Promise<SearchTypes.SearchTask> {
    const task = await super.clearIndex(input)
    const { table_name: table } = await this.retrieve(input.index)
    await this.manager_.execute(`DROP TABLE IF EXISTS "${lexiconTable(table)}"`)
    this.lexicons.delete(table)
    return task
  }
}
