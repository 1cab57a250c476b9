/**
 * Medusa's Postgres search provider, with Meilisearch's kind of relevance and highlighting.
 *
 * Everything that stores and filters is the stock provider's: index tables, writes,
 * filters, facets, counts. What a keyword query matches and how hits rank is ours
 * (query-plan.ts): words matched, typos, attribute, exactness, with the shop's synonyms
 * and stop words from the index definition's settings, typo tolerance per word and the last
 * word as a prefix, all through each table's word list (word-list.ts). The stock provider
 * also refuses `search_options.highlight`; here the hits are marked up afterwards with the
 * very words the query matched (highlight.ts). A query without keywords (a listing) reads
 * the facet table instead of the documents' JSONB (facet-table.ts, facet-query.ts), and the
 * queries the Search Module makes of one listing's disjunctive facets are counted together
 * (searchMany). Same identifier, so indexes built by the stock provider stay valid.
 */
import { MedusaError, projectDocument } from "@medusajs/framework/utils"
import type { SearchTypes } from "@medusajs/framework/types"
import { normaliseWords } from "@stillpoint/shop-contracts"
import { deletePath, leafFields } from "../../lib/document-paths"
import { mapFacetResult, normalizeFacetRequests, PostgresSearchService, tableNameForIndex, type IndexPlan, type NormalizedFacetRequest } from "../../lib/medusa-internals"
import type { SynonymMap } from "../../search/vocabulary"
import { facetOrder, facetSql, facetsSql, facetWhere, pageSql, type FacetsPart, type Sql } from "./facet-query"
import { createFacetTableSql, dropFacetTableSql, facetColumns, facetTable, type FacetColumns } from "./facet-table"
import { highlightDocument } from "./highlight"
import { LookupCache } from "./lookup-cache"
import { alternatives, frequencySql, queryLookups, queryWords, rankingSql, rarityOrder, wordQuery, type Alternative, type QueryWord } from "./query-plan"
import { addWordsSql, createWordListSql, dropWordListSql, lookupWordsSql, lookupsParameter, wordListTable, wordsForLexemesSql, type FoundWord, type WordLookup } from "./word-list"

type Field = SearchTypes.SearchFieldDefinition

const isSearchable = (field: Field) => field.searchable === true || typeof field.searchable === "object"

type Query = SearchTypes.ProviderSearchQuery
type DbManager = Parameters<PostgresSearchService["dropDocumentTable"]>[1]

/** What the index definition's `settings.provider_options["search-postgres"]` may hold. */
type VocabularyOptions = { synonyms?: SynonymMap; stop_words?: string[] }

/** A query without keywords, as searchFacetTables runs it over the facet table. */
type FacetListing = FacetsPart & { query: Query; table: string; order: string; requests: NormalizedFacetRequest[]; skip: number; take: number }

/** A keyword query worked out before the stock provider runs it. */
type Plan = { groups: Alternative[][]; strategy: SearchTypes.SearchMatchStrategy | undefined; rarity?: number[]; highlightWords: Set<string> }

export class StillpointPostgresSearchService extends PostgresSearchService {
  static identifier = "search-postgres"

  /** The plan of each keyword query in flight, read by keywordFragments. */
  private readonly plans = new WeakMap<Query, Plan>()
  /** Word lists known to exist in this process, by document table. */
  private readonly wordLists = new Map<string, Promise<void>>()
  /** Facet tables known to exist in this process, by document table and schema. */
  private readonly facetTables = new Map<string, Promise<void>>()
  /** Synonym phrases as lexemes, by phrase (they change only with the index definition). */
  private readonly synonymLexemes = new Map<string, string[]>()
  private readonly stemmedSynonymMaps = new WeakMap<SynonymMap, SynonymMap>()
  private readonly wordLookups = new LookupCache<FoundWord[]>()
  private readonly documentCounts = new LookupCache<number>()
  private readonly lexemeWords = new LookupCache<string[]>()

  async search(input: Query): Promise<SearchTypes.SearchResult> {
    const { highlight, ...searchOptions } = input.search_options ?? {}
    const query = { ...input, search_options: searchOptions }
    const q = input.q?.trim()
    if (!highlight || !q) return this.searchWithPlan(query)

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
    const withHighlighted = { ...query, attributes_to_retrieve: [...input.attributes_to_retrieve, ...extra] }
    const result = await this.searchWithPlan(withHighlighted, true)
    const words = this.plans.get(withHighlighted)?.highlightWords ?? new Set(normaliseWords(q).split(" "))
    this.plans.delete(withHighlighted)
    const options = typeof highlight === "object" ? highlight : undefined
    const snippet = options?.snippet
    const settings = {
      pre_tag: options?.pre_tag ?? "<mark>",
      post_tag: options?.post_tag ?? "</mark>",
      snippet_words: snippet ? (typeof snippet === "object" ? snippet.length : 10) : undefined,
    }
    for (const hit of result.hits) {
      hit.highlights = highlightDocument(hit.document, paths, words, settings)
      for (const path of extra) deletePath(hit.document, path.split("."))
    }
    return result
  }

  /** A batch (the Search Module's for one listing with disjunctive facets, say): listings together, the rest one by one. */
  async searchMany(inputs: Query[]): Promise<SearchTypes.SearchResult[]> {
    const listed = await this.searchFacetTables(inputs)
    return Promise.all(inputs.map((input) => listed.get(input) ?? this.search(input)))
  }

  /** Plans a keyword query, then lets the stock provider run it (see keywordFragments). */
  private async searchWithPlan(query: Query, highlight = false): Promise<SearchTypes.SearchResult> {
    const listed = (await this.searchFacetTables([query])).get(query)
    if (listed) return listed
    const options = query.search_options ?? {}
    // The stock path stays for what the word list does not cover: a subset of fields, vectors.
    if (!query.q?.trim() || options.attributes_to_search_on || options.vector || this.isLakebase_) return super.search(query)
    const plan = await this.plan(query, highlight)
    if (!plan) return super.search(query)
    this.plans.set(query, plan)
    return super.search(query)
  }

  /**
   * Queries without keywords over the facet table. A listing with disjunctive facets arrives
   * here as several queries on one index (its own, and one per filtered facet); each index's
   * queries share one statement for their counts and facets (facetsSql), beside a statement for
   * each page of hits. The queries facet-query.ts cannot express are left out of the answer, for
   * the stock provider.
   */
  private async searchFacetTables(queries: Query[]): Promise<Map<Query, SearchTypes.SearchResult>> {
    const started = Date.now()
    // One look-up of each index's catalogue entry for the whole batch.
    const catalogs = new Map<string, ReturnType<typeof this.retrieve>>()
    const catalog = (name: string) => {
      const found = catalogs.get(name) ?? this.retrieve(name)
      catalogs.set(name, found)
      return found
    }
    const listings = (await Promise.all(queries.map((query) => this.facetListing(query, catalog)))).filter((listing) => listing !== null)
    const byTable = new Map<string, FacetListing[]>()
    for (const listing of listings) byTable.set(listing.table, [...(byTable.get(listing.table) ?? []), listing])
    const run = async ({ sql, params }: Sql) => (await this.manager_.execute(sql, params)) as Record<string, unknown>[]
    const answers = new Map<Query, SearchTypes.SearchResult>()
    await Promise.all(
      [...byTable].map(async ([table, group]) => {
        const counted = group.filter((listing) => listing.count || listing.facets.length)
        // Pages and the counts in separate statements, so that two cores can work on one listing.
        const [pages, [counts]] = await Promise.all([
          Promise.all(group.map((listing) => (listing.take ? run(pageSql(table, listing.scope, listing.order, listing.take, listing.skip)) : []))),
          counted.length ? run(facetsSql(table, counted)) : [{} as Record<string, unknown>],
        ])
        for (const [i, listing] of group.entries()) {
          answers.set(listing.query, this.facetListingResult(listing, pages[i], counts, counted.indexOf(listing), started))
        }
      })
    )
    return answers
  }

  /** What searchFacetTables needs of a query, or null when the stock provider must answer it. */
  private async facetListing(query: Query, catalog: (name: string) => ReturnType<typeof this.retrieve>): Promise<FacetListing | null> {
    const options = query.search_options ?? {}
    if (query.q?.trim() || options.vector || this.isLakebase_) return null
    if (options.min_score !== undefined || options.locales?.length || query.pagination?.cursor !== undefined) return null
    if (options.distinct ?? query.index.settings.distinct_attribute) return null
    const { table_name: table, plan } = await catalog(query.index.physical_name)
    const columns = facetColumns(plan)
    const scope = facetWhere(query.filters, columns)
    const order = facetOrder(query.pagination?.order, columns)
    if (scope === null || order === null) return null
    const requests = normalizeFacetRequests(options.facets, plan)
    const facets = requests.map((request) => facetSql(request, columns)).filter((facet) => facet !== null)
    if (facets.length < requests.length) return null
    await this.ensureFacetTable(table, plan, columns)
    const skip = query.pagination?.skip ?? 0
    const take = query.pagination?.take ?? 20
    return { query, table, scope, order, requests, facets, skip, take, count: options.count !== "none" }
  }

  private facetListingResult(listing: FacetListing, rows: Record<string, unknown>[], counts: Record<string, unknown>, part: number, started: number): SearchTypes.SearchResult {
    const { query, requests, skip, take, count } = listing
    return {
      hits: rows.map((row) => ({
        id: String(row.id),
        score: query.search_options?.include_score ? 0 : undefined,
        document: projectDocument((typeof row.document === "string" ? JSON.parse(row.document) : row.document) as Record<string, unknown>, query.attributes_to_retrieve),
      })),
      facets: requests.length ? Object.fromEntries(requests.map((request, f) => [request.field, mapFacetResult(request, counts[`p${part}f${f}`] as Record<string, unknown>[])])) : undefined,
      metadata: { skip, take, count: count ? Number(counts[`c${part}`] ?? 0) : null, query: query.q, processing_time_ms: Date.now() - started },
    }
  }

  private async plan(query: Query, highlight: boolean): Promise<Plan | null> {
    const options = query.search_options ?? {}
    const vocabulary = (query.index.settings.provider_options?.[StillpointPostgresSearchService.identifier] ?? {}) as VocabularyOptions
    const typos = !!options.typo_tolerance && (query.index.settings.typo_tolerance?.enabled ?? true)
    const lookups = queryLookups(query.q ?? "", options.match_strategy, new Set(vocabulary.stop_words ?? []), typos)
    if (!lookups.length) return null
    const table = tableNameForIndex(query.index.physical_name)
    await this.ensureWordList(table)
    const found = await this.lookUp(table, lookups)
    const synonyms = vocabulary.synonyms ?? {}
    const words = queryWords(lookups, found, synonyms, await this.stemmedSynonyms(synonyms))
    if (!words.length) return null
    const groups = alternatives(words, found, await this.lexemesOf(words.flatMap((w) => w.synonyms)))

    const [rarity, highlightWords] = await Promise.all([
      options.match_strategy === "any" && groups.length > 1 ? this.rarity(table, groups) : undefined,
      highlight ? this.highlightWords(table, words, groups) : new Set(words.map((w) => w.word)),
    ])
    return { groups, strategy: options.match_strategy, rarity, highlightWords }
  }

  /** The word list's answers for each lookup (lookupWordsSql), cached per word. */
  private async lookUp(table: string, lookups: WordLookup[]): Promise<FoundWord[]> {
    const keyOf = (lookup: WordLookup) => `${lookup.word}|${lookup.budget}|${lookup.prefix}`
    const cached = await this.wordLookups.get(table, lookups.map(keyOf), async (missing) => {
      const wanted = lookups.filter((lookup) => missing.includes(keyOf(lookup)))
      const rows = (await this.manager_.execute(lookupWordsSql(table, this.tsConfig_), [lookupsParameter(wanted)])) as FoundWord[]
      return new Map(wanted.map((lookup, term) => [keyOf(lookup), rows.filter((row) => row.term === term)]))
    })
    return lookups.flatMap((lookup, term) => (cached.get(keyOf(lookup)) ?? []).map((row) => ({ ...row, term })))
  }

  /** rarityOrder of the words, from how many documents each word's alternatives match (cached). */
  private async rarity(table: string, groups: Alternative[][]): Promise<number[]> {
    const queries = groups.map((group) => wordQuery(group)!)
    const counts = await this.documentCounts.get(table, queries, async (missing) => {
      const { sql, params } = frequencySql(table, missing)
      const [row] = (await this.manager_.execute(sql, params)) as Record<string, string | number>[]
      return new Map(missing.map((query, i) => [query, Number(row[`w${i}`])]))
    })
    return rarityOrder(queries.map((query) => counts.get(query) ?? 0))
  }

  /** The query's words and every word of the list its alternatives' lexemes stand for (cached per lexeme). */
  private async highlightWords(table: string, words: QueryWord[], groups: Alternative[][]): Promise<Set<string>> {
    const lexemes = [...new Set(groups.flatMap((group) => group.flatMap((a) => a.lexemes)))]
    const byLexeme = await this.lexemeWords.get(table, lexemes, async (missing) => {
      const rows = (await this.manager_.execute(wordsForLexemesSql(table), [JSON.stringify(missing)])) as { lexeme: string; word: string }[]
      return new Map(missing.map((lexeme) => [lexeme, rows.filter((row) => row.lexeme === lexeme).map((row) => row.word)]))
    })
    return new Set([...words.map((w) => w.word), ...[...byLexeme.values()].flat()])
  }

  /** The synonyms keyed by their keys' lexemes ("meditation cushions" → "medit cushion"); cached per map. */
  private async stemmedSynonyms(synonyms: SynonymMap): Promise<SynonymMap> {
    let stemmed = this.stemmedSynonymMaps.get(synonyms)
    if (!stemmed) {
      const keys = Object.keys(synonyms)
      const lexemes = await this.lexemesOf(keys)
      stemmed = {}
      for (const key of keys) {
        const stem = lexemes.get(key)?.join(" ")
        if (stem && stem !== key) stemmed[stem] = [...new Set([...(stemmed[stem] ?? []), ...synonyms[key]])]
      }
      this.stemmedSynonymMaps.set(synonyms, stemmed)
    }
    return stemmed
  }

  /** The lexemes of synonym phrases, in phrase order; cached. */
  private async lexemesOf(phrases: string[]): Promise<Map<string, string[]>> {
    const missing = [...new Set(phrases)].filter((phrase) => !this.synonymLexemes.has(phrase))
    if (missing.length) {
      const rows = (await this.manager_.execute(
        `SELECT p."phrase", array(SELECT t."lexeme" FROM unnest(to_tsvector('${this.tsConfig_}', p."phrase")) t ORDER BY t."positions"[1]) AS "lexemes"
          FROM jsonb_array_elements_text(?::jsonb) AS p("phrase")`,
        [JSON.stringify(missing)]
      )) as { phrase: string; lexemes: string[] }[]
      for (const row of rows) this.synonymLexemes.set(row.phrase, row.lexemes)
    }
    return new Map(phrases.map((phrase) => [phrase, this.synonymLexemes.get(phrase) ?? []]))
  }

  /** For a planned query: its match and rank; anything else is the stock provider's. */
  protected keywordFragments(input: Parameters<PostgresSearchService["keywordFragments"]>[0]) {
    const stock = super.keywordFragments(input)
    const plan = this.plans.get(input.query)
    if (!plan) return stock
    return { ...stock, needsBm25Limit: false, ...rankingSql(plan.groups, plan.strategy, plan.rarity) }
  }

  /**
   * Creates (and fills) a table beside a document table, its word list or its facet table, the
   * first time this process needs it. Under a transaction-scoped advisory lock: servers starting
   * together would otherwise race in CREATE ... IF NOT EXISTS, which is not safe against
   * concurrent creation.
   */
  private ensureTable(known: Map<string, Promise<void>>, key: string, name: string, create: (manager: DbManager) => Promise<void>): Promise<void> {
    let ready = known.get(key)
    if (!ready) {
      ready = this.withTransaction(async (manager) => {
        await manager.execute(`SELECT pg_advisory_xact_lock(hashtext(?))`, [name])
        const [{ exists }] = (await manager.execute(`SELECT to_regclass(?) IS NOT NULL AS "exists"`, [name])) as { exists: boolean }[]
        if (!exists) await create(manager)
      })
      ready.catch(() => known.delete(key))
      known.set(key, ready)
    }
    return ready
  }

  private ensureWordList(table: string): Promise<void> {
    return this.ensureTable(this.wordLists, table, wordListTable(table), async (manager) => {
      for (const sql of createWordListSql(table)) await manager.execute(sql)
      await manager.execute(addWordsSql(table, this.tsConfig_))
    })
  }

  /** Keyed by schema too: a changed index definition rebuilds the document table under the same name. */
  private ensureFacetTable(table: string, plan: IndexPlan, columns: FacetColumns): Promise<void> {
    return this.ensureTable(this.facetTables, `${table}\u0000${plan.schema_hash}`, facetTable(table), async (manager) => {
      for (const sql of createFacetTableSql(table, columns, plan.primary_key)) await manager.execute(sql)
    })
  }

  /** The stock upsert, then the documents' words into the word list. */
  async upsertDocuments(input: Parameters<PostgresSearchService["upsertDocuments"]>[0]): Promise<SearchTypes.SearchTask> {
    const task = await super.upsertDocuments(input)
    if (!input.documents.length || this.isLakebase_) return task
    const { table_name: table, plan } = await this.retrieve(input.index)
    const ids = [...new Set(input.documents.map((document) => String(document[plan.primary_key])))]
    await this.ensureWordList(table)
    this.forgetLookups(table)
    for (let start = 0; start < ids.length; start += 500) {
      const chunk = ids.slice(start, start + 500)
      await this.manager_.execute(addWordsSql(table, this.tsConfig_, chunk.length), chunk)
    }
    return task
  }

  protected async dropDocumentTable(table: string, manager: DbManager): Promise<void> {
    await super.dropDocumentTable(table, manager)
    for (const sql of [...dropWordListSql(table), ...dropFacetTableSql(table)]) await manager.execute(sql)
    this.wordLists.delete(table)
    for (const key of this.facetTables.keys()) if (key.startsWith(`${table}\u0000`)) this.facetTables.delete(key)
    this.forgetLookups(table)
  }

  /** The stock clear, and the word list goes too (the next search or write rebuilds it). */
  async clearIndex(input: Parameters<PostgresSearchService["clearIndex"]>[0]): Promise<SearchTypes.SearchTask> {
    const task = await super.clearIndex(input)
    const { table_name: table } = await this.retrieve(input.index)
    for (const sql of dropWordListSql(table)) await this.manager_.execute(sql)
    this.wordLists.delete(table)
    this.forgetLookups(table)
    return task
  }

  private forgetLookups(table: string) {
    for (const cache of [this.wordLookups, this.documentCounts, this.lexemeWords]) cache.forget(table)
  }
}
