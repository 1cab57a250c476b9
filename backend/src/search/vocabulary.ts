/**
 * The shop's search vocabulary: synonyms (synonyms.json) and stop words (stop-words.json),
 * kept as data beside the index definitions so the owner edits words, not code. Both index
 * definitions hand them to whichever provider holds the index, in its own settings:
 * Meilisearch takes them as its `synonyms` and `stopWords` index settings, the Postgres
 * provider applies them to each query (modules/search-postgres).
 *
 * synonyms.json has two lists. `equivalent`: groups whose words all find one another
 * ("stool" finds benches and "bench" finds stools). `one_way`: a word or phrase that also
 * finds its alternatives, not the other way round ("yoga" finds bolsters; "bolster" does not
 * find yoga). Entries may be phrases of up to three words.
 *
 * stop-words.json is PostgreSQL's English stop word list, the words the Postgres
 * provider's text search configuration leaves out; Meilisearch is given the same list so
 * both drop "what", "for" and "a" from "what cushion for a bad back".
 */
import { z } from "@medusajs/framework/zod"
import { normaliseWords } from "@stillpoint/shop-contracts"
import stopWordsFile from "./stop-words.json"
import synonymsFile from "./synonyms.json"

/** Meilisearch's synonym format: each word or phrase → what it also finds. */
export type SynonymMap = Record<string, string[]>

const MAX_PHRASE_WORDS = 3

const phrase = z
  .string()
  .trim()
  .min(1)
  .refine((value) => value.split(/\s+/).length <= MAX_PHRASE_WORDS, `a synonym is a word or a phrase of up to ${MAX_PHRASE_WORDS} words`)

const SynonymsFile = z.object({
  equivalent: z.array(z.array(phrase).min(2)).default([]),
  one_way: z.record(z.string(), z.array(phrase).min(1)).default({}),
})

export function toSynonymMap(file: unknown): SynonymMap {
  const parsed = SynonymsFile.safeParse(file)
  if (!parsed.success) throw new Error(`backend/src/search/synonyms.json is not valid: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`)
  const map = new Map<string, Set<string>>()
  const add = (from: string, to: string) => {
    const [key, value] = [normaliseWords(from), normaliseWords(to)]
    if (key === value) return
    map.set(key, (map.get(key) ?? new Set()).add(value))
  }
  for (const group of parsed.data.equivalent) for (const from of group) for (const to of group) add(from, to)
  for (const [from, alternatives] of Object.entries(parsed.data.one_way)) for (const to of alternatives) add(from, to)
  return Object.fromEntries([...map].sort(([a], [b]) => a.localeCompare(b)).map(([key, values]) => [key, [...values].sort()]))
}

/** The plural of a phrase's last word, the regular English way ("bench" → "benches", "story" → "stories"). */
export function pluralPhrase(phrase: string): string {
  if (/[^aeiou]y$/.test(phrase)) return `${phrase.slice(0, -1)}ies`
  if (/(s|x|z|ch|sh)$/.test(phrase)) return `${phrase}es`
  return `${phrase}s`
}

/**
 * The map with the plurals of its keys and values added. Meilisearch matches words as
 * written (no stemming), so "meditation cushions" needs its own entry; the Postgres
 * provider compares lexemes and needs none of this.
 */
export function withPlurals(map: SynonymMap): SynonymMap {
  const out = new Map<string, Set<string>>()
  for (const [key, values] of Object.entries(map)) {
    const all = values.flatMap((value) => [value, pluralPhrase(value)])
    for (const form of [key, pluralPhrase(key)]) out.set(form, new Set([...(out.get(form) ?? []), ...all].filter((value) => value !== form)))
  }
  return Object.fromEntries([...out].sort(([a], [b]) => a.localeCompare(b)).map(([key, values]) => [key, [...values].sort()]))
}

export const SYNONYMS: SynonymMap = toSynonymMap(synonymsFile)
export const STOP_WORDS: string[] = z.array(z.string().min(1)).parse(stopWordsFile).map(normaliseWords)

/** The `settings` part both index definitions share: typo tolerance and the vocabulary, per provider. */
export const vocabularySettings = {
  typo_tolerance: { enabled: true },
  provider_options: {
    meilisearch: { synonyms: withPlurals(SYNONYMS), stopWords: STOP_WORDS },
    "search-postgres": { synonyms: SYNONYMS, stop_words: STOP_WORDS },
  },
}
