/**
 * Medusa's Postgres search provider, plus highlighting.
 *
 * The stock provider refuses `search_options.highlight` ("does not support
 * highlighting"), which would leave the storefront with no way to show why a hit
 * matched. This subclass takes the option out, lets the stock provider run the query
 * unchanged (tsvector + pg_trgm), then marks up the returned hits (see highlight.ts).
 * Everything else — index tables, writes, filters, facets, typo tolerance — is the
 * stock provider's. Same identifier, so indexes built by the stock provider stay valid.
 */
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { MedusaError } from "@medusajs/framework/utils"
import type { SearchTypes } from "@medusajs/framework/types"
import { deletePath } from "../../lib/document-paths"
import { highlightDocument, queryTerms } from "./highlight"

type Field = SearchTypes.SearchFieldDefinition

function fieldPaths(fields: Record<string, Field>, prefix = ""): [string, Field][] {
  return Object.entries(fields).flatMap(([name, field]) => {
    const path = prefix ? `${prefix}.${name}` : name
    return field.type === "object" && field.fields ? fieldPaths(field.fields, path) : [[path, field] as [string, Field]]
  })
}

const isSearchable = (field: Field) => field.searchable === true || typeof field.searchable === "object"

export class StillpointPostgresSearchService extends PostgresSearchService {
  static identifier = "search-postgres"

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const { highlight, ...searchOptions } = input.search_options ?? {}
    const q = input.q?.trim()
    if (!highlight || !q) return super.search({ ...input, search_options: searchOptions })

    const known = new Map(fieldPaths(input.index.fields))
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
    const result = await super.search({
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
}

