/**
 * How search compares words, for both apps: the backend's Postgres provider finds typo'd
 * words with these rules, and the storefront's "did you mean" uses the same ones on the
 * words the search matched. The rules are Meilisearch's, so both providers agree.
 */

/** Lower case, accents off, words separated by single spaces. */
export function normaliseWords(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
}

/** The typos a query word may have: none up to 4 letters, one from 5, two from 9; none with digits. */
export function typoBudget(word: string): number {
  if (/\d/.test(word)) return 0
  const length = [...word].length
  return length >= 9 ? 2 : length >= 5 ? 1 : 0
}

/**
 * Typos between a query word and a document word: edits, a swap of neighbours counting as
 * one (optimal string alignment), and a wrong first letter as two. Anything over `max` is
 * `max + 1`.
 */
export function typoCount(query: string, word: string, max: number): number {
  const a = [...query]
  const b = [...word]
  if (Math.abs(a.length - b.length) > max) return max + 1
  let beforePrevious: number[] = []
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j], beforePrevious[j - 2] + 1)
      rowMin = Math.min(rowMin, current[j])
    }
    if (rowMin > max) return max + 1
    beforePrevious = previous
    previous = current
  }
  const distance = previous[b.length] + (a[0] !== b[0] ? 1 : 0)
  return Math.min(distance, max + 1)
}

/**
 * "Did you mean": the query with each word that the search only found misspelt replaced
 * by the word it found (the commonest among `matchedWords`, the words the hits' highlights
 * marked). Null when every word was found as typed, or nothing was found at all.
 */
export function spellingSuggestion(query: string, matchedWords: string[]): string | null {
  const found = new Map<string, number>()
  for (const word of matchedWords.map(normaliseWords).flatMap((w) => w.split(" "))) if (word) found.set(word, (found.get(word) ?? 0) + 1)
  if (!found.size) return null
  const words = normaliseWords(query).split(" ").filter(Boolean)
  let changed = false
  const corrected = words.map((word) => {
    const budget = typoBudget(word)
    // Found as typed, or as the start of a longer word (the last word while typing), or not correctable.
    if (!budget || [...found.keys()].some((f) => f === word || f.startsWith(word))) return word
    const best = [...found]
      .map(([candidate, count]) => ({ candidate, count, typos: typoCount(word, candidate, budget) }))
      .filter(({ typos }) => typos <= budget)
      .sort((a, b) => a.typos - b.typos || b.count - a.count || a.candidate.localeCompare(b.candidate))[0]
    if (!best) return word
    changed = true
    return best.candidate
  })
  return changed ? corrected.join(" ") : null
}

/**
 * The longest query the shop searches for: the backend refuses longer ones with a 400 before
 * any query runs, the storefront's inputs stop there. Only the first ten words count (as in
 * Meilisearch); twenty leaves room for stop words.
 */
export const SEARCH_QUERY_LIMITS = { characters: 100, words: 20 } as const

/** Why a search query is refused, or null when it is within SEARCH_QUERY_LIMITS. */
export function searchQueryProblem(q: string): string | null {
  if (q.length > SEARCH_QUERY_LIMITS.characters) return `a search query is at most ${SEARCH_QUERY_LIMITS.characters} characters`
  if (normaliseWords(q).split(" ").filter(Boolean).length > SEARCH_QUERY_LIMITS.words) return `a search query is at most ${SEARCH_QUERY_LIMITS.words} words`
  return null
}
