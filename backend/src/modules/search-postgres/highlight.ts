/**
 * Highlighting for the Postgres search provider, which has none of its own: the hits
 * it returns are marked up here, in Node, with the same term matching the query used
 * (whole words, English-ish word stems, and — when typo tolerance is on — words one or
 * two edits away, with Meilisearch's thresholds: 5 letters for one typo, 9 for two).
 *
 * A field appears in `highlights` only when one of its values matched.
 */
import { readPath } from "../../lib/document-paths"

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu

export type HighlightSettings = {
  pre_tag: string
  post_tag: string
  /** Crop each value to about this many words around the first match. */
  snippet_words?: number
  typo_tolerance: boolean
}

export function queryTerms(q: string): string[] {
  return [...new Set((q.toLowerCase().match(WORD) ?? []).filter((term) => term.length > 1 || /\d/.test(term)))]
}

export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      // Damerau transposition ("zafu" / "zauf")
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j], (previous[j - 2] ?? 0) + 1)
      rowMin = Math.min(rowMin, current[j])
    }
    if (rowMin > max) return max + 1
    previous = current
  }
  return previous[b.length]
}

/** Strips common English suffixes so "cushions" ~ "cushion" and "sitting" ~ "sit". */
function stem(word: string): string {
  return word.replace(/(ing|ed|es|s|ly)$/, "").replace(/(.)\1$/, "$1")
}

export function wordMatches(word: string, term: string, typo: boolean): boolean {
  const w = word.toLowerCase()
  if (w === term) return true
  if (term.length >= 3 && w.startsWith(term) && w.length - term.length <= 3) return true
  const ws = stem(w)
  const ts = stem(term)
  if (ts.length >= 3 && ws === ts) return true
  if (!typo) return false
  const allowed = term.length >= 9 ? 2 : term.length >= 5 ? 1 : 0
  return allowed > 0 && editDistance(w, term, allowed) <= allowed
}

/** Marks up one value; `undefined` when nothing in it matched. */
export function highlightText(text: string, terms: string[], settings: HighlightSettings): string | undefined {
  const words = [...text.matchAll(WORD)]
  const matched = words.map((m) => terms.some((term) => wordMatches(m[0], term, settings.typo_tolerance)))
  const first = matched.indexOf(true)
  if (first === -1) return undefined

  let startWord = 0
  let endWord = words.length
  if (settings.snippet_words && words.length > settings.snippet_words) {
    const before = Math.floor((settings.snippet_words - 1) / 2)
    startWord = Math.max(0, Math.min(first - before, words.length - settings.snippet_words))
    endWord = startWord + settings.snippet_words
  }
  const from = startWord === 0 ? 0 : words[startWord].index!
  const to = endWord >= words.length ? text.length : words[endWord - 1].index! + words[endWord - 1][0].length

  let out = ""
  let cursor = from
  for (let i = startWord; i < endWord; i++) {
    const m = words[i]
    if (!matched[i]) continue
    out += text.slice(cursor, m.index) + settings.pre_tag + m[0] + settings.post_tag
    cursor = m.index! + m[0].length
  }
  out += text.slice(cursor, to)
  return `${startWord > 0 ? "…" : ""}${out}${endWord < words.length ? "…" : ""}`
}

/** Highlights for one hit: field path -> the values that matched, marked up. */
export function highlightDocument(
  document: Record<string, unknown>,
  paths: string[],
  terms: string[],
  settings: HighlightSettings
): Record<string, string[]> {
  const highlights: Record<string, string[]> = {}
  for (const path of paths) {
    const values = readPath(document, path.split("."))
    const fragments = values
      .filter((value): value is string | number => typeof value === "string" || typeof value === "number")
      .map((value) => highlightText(String(value), terms, settings))
      .filter((fragment): fragment is string => fragment !== undefined)
    if (fragments.length) highlights[path] = fragments
  }
  return highlights
}

