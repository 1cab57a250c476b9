/**
 * Highlighting for the Postgres search provider, which has none of its own: the hits
 * it returns are marked up here, in Node, with the words the query matched — the word
 * list's words for every lexeme the query looked for (see query-plan.ts), so a typo,
 * a synonym, a plural or a completed prefix is marked just as the search found it.
 *
 * A field appears in `highlights` only when one of its values matched.
 */
import { normaliseWords } from "@stillpoint/shop-contracts"
import { readPath } from "../../lib/document-paths"

const WORD = /[\p{L}\p{N}]+/gu

export type HighlightSettings = {
  pre_tag: string
  post_tag: string
  /** Crop each value to about this many words around the first match. */
  snippet_words?: number
}

/** Marks up one value; `undefined` when nothing in it matched. */
export function highlightText(text: string, matchedWords: ReadonlySet<string>, settings: HighlightSettings): string | undefined {
  const words = [...text.matchAll(WORD)]
  const matched = words.map((m) => matchedWords.has(normaliseWords(m[0])))
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
  matchedWords: ReadonlySet<string>,
  settings: HighlightSettings
): Record<string, string[]> {
  const highlights: Record<string, string[]> = {}
  for (const path of paths) {
    const values = readPath(document, path.split("."))
    const fragments = values
      .filter((value): value is string | number => typeof value === "string" || typeof value === "number")
      .map((value) => highlightText(String(value), matchedWords, settings))
      .filter((fragment): fragment is string => fragment !== undefined)
    if (fragments.length) highlights[path] = fragments
  }
  return highlights
}

