/**
 * A Search Module provider (ISearchProvider, Medusa 2.21) for Meilisearch, on the
 * official `meilisearch` JS client.
 *
 * - upsertIndex: creates the index with the definition's primary key and applies the
 *   settings derived from the definition (searchable attributes ordered by weight,
 *   filterable = filterable + facetable, sortable, displayed = retrievable, typo
 *   tolerance, distinct), waiting for both tasks and throwing if either failed.
 * - writes return the enqueued task; waitForTask polls GET /tasks/:uid and reports a
 *   failed task (with Meilisearch's message and code), which the module turns into an
 *   error.
 * - search/searchMany: one POST /multi-search for every query plus the count-only
 *   queries of range facets; hits, highlights (_formatted), facets and counts mapped
 *   back to the contract.
 * - Versions and swaps: the module gives each version its own physical index and
 *   switches its active-version pointer itself, so this provider only ever creates,
 *   fills and deletes indexes; `index_not_found` is reported as NOT_FOUND so the module
 *   re-resolves a version that was swapped out under a running process.
 */
import { AbstractSearchProviderService, MedusaError } from "@medusajs/framework/utils"
import type { Logger, SearchTypes } from "@medusajs/framework/types"
// `meilisearch` ships ES modules only; Node ≥ 20.19 require()s them natively, which is
// what this CommonJS build does at runtime. TypeScript's Node16 mode still flags it (TS1479).
// biome-ignore lint/suspicious/noTsIgnore: not @ts-expect-error, because tests/ type-checks this file with Bundler resolution, where TS1479 does not occur and an expect-error would itself fail (TS2578)
// @ts-ignore
import { Meilisearch, MeilisearchApiError, type Task } from "meilisearch"
import { encodeDocument } from "./documents"
import { compileFilters, primaryKeyIds } from "./filters"
import { buildSearchParams, rangeFacetQueries } from "./query"
import { mapResult } from "./results"
import { buildSettings } from "./settings"

export type MeilisearchProviderOptions = {
  host: string
  apiKey?: string
  /** How long waitForTask waits by default (ms). */
  task_timeout_ms?: number
  /** How often waitForTask polls GET /tasks/:uid (ms). */
  task_interval_ms?: number
}

type EnqueuedLike = { taskUid: number; indexUid: string | null }

export class MeilisearchSearchProviderService extends AbstractSearchProviderService {
  static identifier = "meilisearch"

  protected readonly client_: Meilisearch
  protected readonly options_: MeilisearchProviderOptions
  protected readonly logger_?: Logger
  protected readonly definitions_ = new Map<string, SearchTypes.ResolvedSearchIndexDefinition>()

  constructor({ logger }: { logger?: Logger }, options: MeilisearchProviderOptions) {
    super()
    if (!options?.host) {
      throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, 'The Meilisearch search provider requires a "host" option (MEILISEARCH_HOST).')
    }
    this.options_ = options
    this.logger_ = logger
    this.client_ = new Meilisearch({ host: options.host, apiKey: options.apiKey })
  }

  async upsertIndex({ index }: { index: SearchTypes.ResolvedSearchIndexDefinition }): Promise<SearchTypes.SearchTask> {
    const settings = buildSettings(index)
    const name = index.physical_name
    const existing = await this.call(() => this.client_.getRawIndex(name)).catch((error) => {
      if (error instanceof MedusaError && error.type === MedusaError.Types.NOT_FOUND) return undefined
      throw error
    })
    if (existing?.primaryKey && existing.primaryKey !== index.primary_key) {
      // The primary key cannot change in place; the module only points this at an index it is about to seed.
      await this.settle(await this.call(() => this.client_.deleteIndex(name)), name)
    }
    if (!existing || (existing.primaryKey && existing.primaryKey !== index.primary_key)) {
      await this.settle(await this.call(() => this.client_.createIndex(name, { primaryKey: index.primary_key })), name)
    } else if (!existing.primaryKey) {
      await this.settle(await this.call(() => this.client_.updateIndex(name, { primaryKey: index.primary_key })), name)
    }
    const task = await this.settle(await this.call(() => this.client_.index(name).updateSettings(settings)), name)
    this.definitions_.set(name, index)
    return task
  }

  async deleteIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    this.definitions_.delete(index)
    const enqueued = await this.call(() => this.client_.deleteIndex(index))
    const task = await this.waitForTask(this.toTask(enqueued))
    // Deleting what is already gone is the outcome that was asked for.
    if (task.status === "failed" && task.error?.code === "index_not_found") return { ...task, status: "succeeded", error: undefined }
    return task
  }

  async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    const [stats, indexes] = await Promise.all([
      this.call(() => this.client_.getStats()),
      this.call(() => this.client_.getRawIndexes({ limit: 1000 })),
    ])
    return indexes.results.map((index) => ({
      name: index.uid,
      provider: MeilisearchSearchProviderService.identifier,
      document_count: stats.indexes[index.uid]?.numberOfDocuments ?? 0,
      created_at: new Date(index.createdAt),
      updated_at: new Date(index.updatedAt),
    }))
  }

  async upsertDocuments({
    index,
    definition,
    documents,
  }: {
    index: string
    definition: SearchTypes.ResolvedSearchIndexDefinition
    documents: SearchTypes.SearchDocument[]
  }): Promise<SearchTypes.SearchTask> {
    if (!documents.length) return { index, status: "succeeded" }
    const encoded = documents.map((document) => encodeDocument(document, definition))
    return this.toTask(await this.call(() => this.client_.index(index).addDocuments(encoded, { primaryKey: definition.primary_key })))
  }

  async deleteDocuments({ index, filters }: SearchTypes.SearchDeleteDocumentsInput): Promise<SearchTypes.SearchTask> {
    const definition = this.definitions_.get(index)
    const primaryKey = definition?.primary_key ?? (await this.call(() => this.client_.getRawIndex(index))).primaryKey ?? "id"
    const ids = primaryKeyIds(filters, primaryKey)
    if (ids) {
      if (!ids.length) return { index, status: "succeeded" }
      return this.toTask(await this.call(() => this.client_.index(index).deleteDocuments(ids)))
    }
    const filter = compileFilters(filters, definition ?? { fields: {} })
    if (!filter) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Deleting from Meilisearch index "${index}" needs filters that select something`)
    }
    return this.toTask(await this.call(() => this.client_.index(index).deleteDocuments({ filter })))
  }

  async clearIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    return this.toTask(await this.call(() => this.client_.index(index).deleteAllDocuments()))
  }

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const [result] = await this.searchMany([input])
    return result
  }

  async searchMany(inputs: SearchTypes.ProviderSearchQuery[]): Promise<SearchTypes.SearchResult[]> {
    if (!inputs.length) return []
    const plans = inputs.map((input) => {
      const built = buildSearchParams(input)
      return { input, built, ranges: rangeFacetQueries(input, built.params) }
    })
    const queries = plans.flatMap((plan) => [plan.built.params, ...plan.ranges.map((range) => range.params)])
    const { results } = await this.call(() => this.client_.multiSearch({ queries }))
    let offset = 0
    return plans.map((plan) => {
      const response = results[offset]
      const ranges = plan.ranges.map((range, i) => ({ ...range, count: Number(results[offset + 1 + i]?.totalHits ?? 0) }))
      offset += 1 + plan.ranges.length
      return mapResult(plan.input, plan.built, response, ranges)
    })
  }

  async waitForTask(task: SearchTypes.SearchTask, options?: { timeout_ms?: number }): Promise<SearchTypes.SearchTask> {
    if (task.id === undefined || task.status === "succeeded" || task.status === "failed") return task
    const settled = await this.call(() =>
      this.client_.tasks.waitForTask(Number(task.id), {
        timeout: options?.timeout_ms ?? this.options_.task_timeout_ms ?? 120_000,
        interval: this.options_.task_interval_ms ?? 50,
      })
    )
    return this.fromTask(settled, task.index)
  }

  /* -------------------------------- helpers -------------------------------- */

  protected toTask(enqueued: EnqueuedLike): SearchTypes.SearchTask {
    return { id: String(enqueued.taskUid), index: enqueued.indexUid ?? undefined, status: "enqueued" }
  }

  protected fromTask(task: Task, index?: string): SearchTypes.SearchTask {
    const status = task.status === "succeeded" ? "succeeded" : task.status === "failed" || task.status === "canceled" ? "failed" : task.status
    return {
      id: String(task.uid),
      index: task.indexUid ?? index,
      status: status as SearchTypes.SearchTaskStatus,
      ...(status === "failed"
        ? { error: { message: task.error?.message ?? `task ${task.uid} was ${task.status}`, code: task.error?.code ?? task.status } }
        : {}),
    }
  }

  /** Waits for a task this provider depends on itself, throwing when it failed. */
  protected async settle(enqueued: EnqueuedLike, index: string): Promise<SearchTypes.SearchTask> {
    const task = await this.waitForTask(this.toTask(enqueued))
    if (task.status === "failed") {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Meilisearch task ${task.id} on "${index}" failed: ${task.error?.message} (${task.error?.code})`)
    }
    return task
  }

  /** Meilisearch API errors as MedusaErrors: not found stays NOT_FOUND, invalid requests INVALID_DATA. */
  protected async call<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run()
    } catch (error) {
      if (error instanceof MeilisearchApiError) {
        const code = (error.cause as { code?: string } | undefined)?.code ?? "unknown"
        const status = error.response?.status ?? 0
        const type =
          code.endsWith("_not_found") || status === 404
            ? MedusaError.Types.NOT_FOUND
            : status >= 400 && status < 500
              ? MedusaError.Types.INVALID_DATA
              : MedusaError.Types.UNEXPECTED_STATE
        throw new MedusaError(type, `Meilisearch: ${error.message} (${code})`)
      }
      throw error
    }
  }
}

export default MeilisearchSearchProviderService
