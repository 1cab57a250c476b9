/**
 * A search index definition as Meilisearch index settings: searchable attributes ordered by
 * weight, filterable, sortable, displayed, typo tolerance, distinct.
 */
import type { SearchTypes } from "@medusajs/framework/types"
import { leafFields } from "../../lib/document-paths"
import { invalid, reject } from "./errors"

type Field = SearchTypes.SearchFieldDefinition
type Definition = SearchTypes.ResolvedSearchIndexDefinition

export const searchWeight = (field: Field) =>
  field.searchable === true ? 1 : typeof field.searchable === "object" ? field.searchable.weight ?? 1 : 0
export const isFacetable = (field: Field) => field.facetable === true || typeof field.facetable === "object"
export const facetKinds = (field: Field): SearchTypes.SearchFacetKind[] =>
  typeof field.facetable === "object" && field.facetable.types
    ? field.facetable.types
    : ["integer", "float", "date"].includes(field.type)
      ? ["range"]
      : ["value"]

// An import type, not `import type … with { "resolution-mode" }`: the same thing to TypeScript, which Biome's parser also accepts.
type MeiliSettings = import("meilisearch", { with: { "resolution-mode": "import" } }).Settings

const DEFAULT_RANKING_RULES = ["words", "typo", "proximity", "attribute", "sort", "exactness"]

/** Throws for what this provider cannot hold; called by upsertIndex so it fails at migration time. */
function assertIndexSupported(index: Definition) {
  for (const [path, field] of leafFields(index.fields)) {
    if (field.type === "geo") reject(`does not support geo fields ("${path}" on "${index.name}")`)
    if (field.type === "vector") reject(`does not support vector fields ("${path}" on "${index.name}"): no embedder is configured`)
  }
}

export function buildSettings(index: Definition): MeiliSettings {
  assertIndexSupported(index)
  const leaves = leafFields(index.fields)
  const typo = index.settings.typo_tolerance ?? {}
  if (typo.min_word_size_for_one_typo !== undefined && typo.min_word_size_for_two_typos !== undefined) {
    if (typo.min_word_size_for_two_typos < typo.min_word_size_for_one_typo) {
      invalid(`Search index "${index.name}": min_word_size_for_two_typos cannot be lower than min_word_size_for_one_typo`)
    }
  }
  const searchable = leaves
    .filter(([, field]) => searchWeight(field) > 0)
    // Meilisearch ranks attributes by their order in searchableAttributes: heavier first.
    .map(([path, field], position) => ({ path, weight: searchWeight(field), position }))
    .sort((a, b) => b.weight - a.weight || a.position - b.position)
    .map(({ path }) => path)
  const filterable = new Set<string>([index.primary_key])
  for (const [path, field] of leaves) if (field.filterable || isFacetable(field)) filterable.add(path)
  const retrievable = leaves.filter(([, field]) => field.retrievable !== false).map(([path]) => path)
  const settings: MeiliSettings = {
    searchableAttributes: searchable,
    filterableAttributes: [...filterable],
    sortableAttributes: leaves.filter(([, field]) => field.sortable).map(([path]) => path),
    displayedAttributes: retrievable.length === leaves.length ? ["*"] : [...new Set([index.primary_key, ...retrievable])],
    distinctAttribute: index.settings.distinct_attribute ?? null,
    typoTolerance: {
      enabled: typo.enabled ?? true,
      ...(typo.min_word_size_for_one_typo !== undefined || typo.min_word_size_for_two_typos !== undefined
        ? {
            minWordSizeForTypos: {
              ...(typo.min_word_size_for_one_typo !== undefined ? { oneTypo: typo.min_word_size_for_one_typo } : {}),
              ...(typo.min_word_size_for_two_typos !== undefined ? { twoTypos: typo.min_word_size_for_two_typos } : {}),
            },
          }
        : {}),
      disableOnAttributes: typo.disabled_on_attributes ?? [],
    },
    rankingRules: DEFAULT_RANKING_RULES,
    faceting: { maxValuesPerFacet: 100 },
    pagination: { maxTotalHits: 1000 },
  }
  // Escape hatch: `settings.provider_options.meilisearch` is merged over what we derived.
  return { ...settings, ...(index.settings.provider_options?.meilisearch ?? {}) } as MeiliSettings
}
