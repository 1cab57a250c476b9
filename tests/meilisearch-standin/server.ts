/**
 * A Meilisearch stand-in for tests: a small HTTP server speaking the subset of
 * Meilisearch's API (v1.x) that the official `meilisearch` JS client uses for our
 * provider, with Meilisearch's validation, error objects ({message, code, type, link})
 * and status codes, and its asynchronous task queue: every write answers 202 with a
 * summarized task, is processed later (enqueued → processing → succeeded | failed), and
 * is observable at GET /tasks/:uid.
 *
 * Relevance is deliberately simple (see `matchDocument`): words must match a word in a
 * searchable attribute exactly, by prefix (last query word), or within 1 typo (words of
 * ≥ 5 letters) / 2 typos (≥ 9), quoted phrases exactly; hits ranked by matched words,
 * typos, attribute order, then the requested sort. Response shapes follow Meilisearch.
 *
 *   const standin = await startMeilisearchStandin({ apiKey: "masterKey" })
 *   standin.url  // http://127.0.0.1:<free port>
 *   await standin.stop()
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"

type Doc = Record<string, unknown>
type Settings = {
  displayedAttributes: string[]
  searchableAttributes: string[]
  filterableAttributes: string[]
  sortableAttributes: string[]
  rankingRules: string[]
  stopWords: string[]
  synonyms: Record<string, string[]>
  distinctAttribute: string | null
  typoTolerance: {
    enabled: boolean
    minWordSizeForTypos: { oneTypo: number; twoTypos: number }
    disableOnWords: string[]
    disableOnAttributes: string[]
  }
  faceting: { maxValuesPerFacet: number; sortFacetValuesBy: Record<string, string> }
  pagination: { maxTotalHits: number }
  [key: string]: unknown
}
type Index = { uid: string; primaryKey: string | null; createdAt: string; updatedAt: string; documents: Map<string, Doc>; settings: Settings }
type TaskStatus = "enqueued" | "processing" | "succeeded" | "failed" | "canceled"
type Task = {
  uid: number
  batchUid: number | null
  indexUid: string | null
  status: TaskStatus
  type: string
  canceledBy: null
  details: Record<string, unknown>
  error: MeiliError | null
  duration: string | null
  enqueuedAt: string
  startedAt: string | null
  finishedAt: string | null
  /** Does the work; what it returns is added to the task's details. */
  run: (() => Record<string, unknown>) | (() => void)
}
type MeiliError = { message: string; code: string; type: string; link: string }

const ERROR_TYPES: Record<string, string> = {
  missing_authorization_header: "auth",
  invalid_api_key: "auth",
  index_not_found: "invalid_request",
  index_already_exists: "invalid_request",
  task_not_found: "invalid_request",
  document_not_found: "invalid_request",
  internal: "internal",
}
const err = (code: string, message: string): MeiliError => ({
  message,
  code,
  type: ERROR_TYPES[code] ?? "invalid_request",
  link: `https://docs.meilisearch.com/errors#${code}`,
})
class HttpError extends Error {
  constructor(public status: number, public body: MeiliError) {
    super(body.message)
  }
}
const fail = (status: number, code: string, message: string): never => {
  throw new HttpError(status, err(code, message))
}

const defaultSettings = (): Settings => ({
  displayedAttributes: ["*"],
  searchableAttributes: ["*"],
  filterableAttributes: [],
  sortableAttributes: [],
  rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness"],
  stopWords: [],
  synonyms: {},
  distinctAttribute: null,
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 }, disableOnWords: [], disableOnAttributes: [] },
  faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { "*": "alpha" } },
  pagination: { maxTotalHits: 1000 },
})

/* ------------------------------- documents ------------------------------- */

function valuesAt(doc: unknown, path: string): unknown[] {
  const walk = (value: unknown, segments: string[]): unknown[] => {
    if (value === undefined) return []
    if (Array.isArray(value)) return value.flatMap((item) => walk(item, segments))
    if (!segments.length) return [value]
    if (value === null || typeof value !== "object") return []
    const record = value as Record<string, unknown>
    // Meilisearch also accepts a flattened key containing dots.
    for (let i = segments.length; i > 0; i--) {
      const key = segments.slice(0, i).join(".")
      if (key in record) return walk(record[key], segments.slice(i))
    }
    return []
  }
  return walk(doc, path.split("."))
}

function allPaths(doc: Doc, prefix = ""): string[] {
  return Object.entries(doc).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key
    const objects = (Array.isArray(value) ? value : [value]).filter((v) => v && typeof v === "object" && !Array.isArray(v))
    return [path, ...objects.flatMap((v) => allPaths(v as Doc, path))]
  })
}

const WORD = /[\p{L}\p{N}]+/gu
const words = (text: string) => [...text.matchAll(WORD)].map((m) => ({ word: m[0].toLowerCase(), index: m.index!, raw: m[0] }))

function distance(a: string, b: string, max: number) {
  if (Math.abs(a.length - b.length) > max) return max + 1
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)])
  for (let j = 1; j <= b.length; j++) d[0][j] = j
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1)
    }
  return d[a.length][b.length]
}

/* --------------------------------- filters -------------------------------- */

type Token = { kind: "word" | "string" | "op" | "(" | ")" | "[" | "]" | ","; value: string; at: number }

function tokenize(input: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < input.length) {
    const c = input[i]
    if (/\s/.test(c)) {
      i++
      continue
    }
    if ("()[],".includes(c)) {
      tokens.push({ kind: c as Token["kind"], value: c, at: i })
      i++
      continue
    }
    if (c === '"' || c === "'") {
      let j = i + 1
      let value = ""
      while (j < input.length && input[j] !== c) {
        if (input[j] === "\\" && j + 1 < input.length) j++
        value += input[j++]
      }
      if (j >= input.length) fail(400, "invalid_search_filter", `Expression \`${input.slice(i)}\` is missing a closing quote.`)
      tokens.push({ kind: "string", value, at: i })
      i = j + 1
      continue
    }
    const op = input.slice(i).match(/^(!=|>=|<=|=|>|<)/)
    if (op) {
      tokens.push({ kind: "op", value: op[1], at: i })
      i += op[1].length
      continue
    }
    const word = input.slice(i).match(/^[^\s()[\],=!<>"']+/)
    if (!word) fail(400, "invalid_search_filter", `Was expecting a value but instead got \`${c}\`.\n${i}:${i + 1} ${input}`)
    tokens.push({ kind: "word", value: word![0], at: i })
    i += word![0].length
  }
  return tokens
}

type Predicate = (doc: Doc) => boolean

/** Meilisearch's filter expression grammar: OR < AND < NOT < comparison. */
function parseFilter(input: string, filterable: (attribute: string) => void, code = "invalid_search_filter"): Predicate {
  const tokens = tokenize(input)
  let pos = 0
  const peek = () => tokens[pos]
  const isKeyword = (t: Token | undefined, word: string) => t?.kind === "word" && t.value.toUpperCase() === word
  const syntax = (message: string): never => fail(400, code, `${message}\n${input}`)

  const value = (): string => {
    const t = tokens[pos++]
    if (!t || (t.kind !== "word" && t.kind !== "string")) syntax("Was expecting a value.")
    return t!.value
  }
  const compare = (actual: unknown, expected: string) =>
    actual === null || actual === undefined
      ? false
      : typeof actual === "number"
        ? Number(expected) === actual
        : typeof actual === "boolean"
          ? String(actual) === expected.toLowerCase()
          : String(actual).toLowerCase() === expected.toLowerCase()
  const numeric = (actual: unknown, expected: string, op: string) => {
    const a = typeof actual === "number" ? actual : Number(actual)
    const e = Number(expected)
    if (Number.isNaN(a) || Number.isNaN(e) || typeof actual === "boolean" || actual === null) return false
    return op === ">" ? a > e : op === ">=" ? a >= e : op === "<" ? a < e : a <= e
  }

  const primary = (): Predicate => {
    const t = peek()
    if (!t) syntax("Was expecting an operation `=`, `!=`, `>=`, `>`, `<=`, `<`, `IN`, `NOT IN`, `TO`, `EXISTS`, `NOT EXISTS`, `IS NULL`, `IS NOT NULL`, `IS EMPTY`, `IS NOT EMPTY`, `_geoRadius`, or `_geoBoundingBox`.")
    if (t.kind === "(") {
      pos++
      const inner = orExpr()
      if (peek()?.kind !== ")") syntax("Expression is missing the following closing delimiter: `)`.")
      pos++
      return inner
    }
    if (isKeyword(t, "NOT")) {
      pos++
      const inner = primary()
      return (doc) => !inner(doc)
    }
    const attribute = value()
    filterable(attribute)
    const values = (doc: Doc) => valuesAt(doc, attribute)
    const next = peek()
    if (next?.kind === "op") {
      pos++
      const expected = value()
      if (next.value === "=") return (doc) => values(doc).some((v) => compare(v, expected))
      if (next.value === "!=") return (doc) => !values(doc).some((v) => compare(v, expected))
      return (doc) => values(doc).some((v) => numeric(v, expected, next.value))
    }
    const list = (): string[] => {
      if (peek()?.kind !== "[") syntax("Expected `[` after `IN` keyword.")
      pos++
      const out: string[] = []
      while (peek() && peek()!.kind !== "]") {
        out.push(value())
        if (peek()?.kind === ",") pos++
      }
      if (peek()?.kind !== "]") syntax("Expected matching `]` after the list of values.")
      pos++
      return out
    }
    if (isKeyword(next, "IN")) {
      pos++
      const expected = list()
      return (doc) => values(doc).some((v) => expected.some((e) => compare(v, e)))
    }
    if (isKeyword(next, "EXISTS")) {
      pos++
      return (doc) => valuesAt(doc, attribute).length > 0 || attribute.split(".")[0] in doc
    }
    if (isKeyword(next, "IS")) {
      pos++
      const negate = isKeyword(peek(), "NOT")
      if (negate) pos++
      const what = value().toUpperCase()
      const test: Predicate =
        what === "NULL"
          ? (doc) => values(doc).some((v) => v === null)
          : what === "EMPTY"
            ? (doc) => values(doc).some((v) => v === "" || (Array.isArray(v) && !v.length))
            : syntax("Was expecting `NULL` or `EMPTY` after `IS`.")
      return negate ? (doc) => !test(doc) : test
    }
    if (isKeyword(next, "NOT")) {
      pos++
      if (isKeyword(peek(), "IN")) {
        pos++
        const expected = list()
        return (doc) => !values(doc).some((v) => expected.some((e) => compare(v, e)))
      }
      if (isKeyword(peek(), "EXISTS")) {
        pos++
        return (doc) => !(valuesAt(doc, attribute).length > 0 || attribute.split(".")[0] in doc)
      }
      syntax("Was expecting `IN` or `EXISTS` after `NOT`.")
    }
    // `attr a TO b`
    const lower = peek() && peek()!.kind !== ")" ? value() : syntax("Was expecting an operation `=`, `!=`, `>=`, `>`, `<=`, `<`, `IN`, `NOT IN`, `TO`, `EXISTS`, `NOT EXISTS`, `IS NULL`, `IS NOT NULL`, `IS EMPTY`, `IS NOT EMPTY`.")
    if (!isKeyword(peek(), "TO")) syntax(`Was expecting an operation after \`${attribute}\`.`)
    pos++
    const upper = value()
    return (doc) => values(doc).some((v) => numeric(v, lower, ">=") && numeric(v, upper, "<="))
  }
  const andExpr = (): Predicate => {
    let left = primary()
    while (isKeyword(peek(), "AND")) {
      pos++
      const l = left
      const r = primary()
      left = (doc) => l(doc) && r(doc)
    }
    return left
  }
  const orExpr = (): Predicate => {
    let left = andExpr()
    while (isKeyword(peek(), "OR")) {
      pos++
      const l = left
      const r = andExpr()
      left = (doc) => l(doc) || r(doc)
    }
    return left
  }
  if (!tokens.length) return () => true
  const predicate = orExpr()
  if (pos < tokens.length) syntax(`Found unexpected characters at the end of the filter: \`${input.slice(tokens[pos].at)}\`. You probably forgot an \`OR\` or an \`AND\` rule.`)
  return predicate
}

/** A filter in any form Meilisearch accepts: a string, or an array (AND) of strings / arrays (OR). */
function compileFilterParam(filter: unknown, index: Index, code = "invalid_search_filter"): Predicate {
  const filterable = (attribute: string) => {
    const allowed = index.settings.filterableAttributes
    if (!allowed.some((a) => a === attribute || attribute.startsWith(`${a}.`))) {
      fail(
        400,
        code,
        `Index \`${index.uid}\`: Attribute \`${attribute}\` is not filterable. ${allowed.length ? `Available filterable attribute patterns are: \`${[...allowed].sort().join(", ")}\`.` : "This index does not have configured filterable attributes."}`
      )
    }
  }
  if (filter === undefined || filter === null) return () => true
  if (typeof filter === "string") return parseFilter(filter, filterable, code)
  if (Array.isArray(filter)) {
    const parts = filter.map((part) =>
      Array.isArray(part)
        ? ((ors: Predicate[]) => (doc: Doc) => ors.some((p) => p(doc)))(part.map((p) => compileFilterParam(p, index, code)))
        : compileFilterParam(part, index, code)
    )
    return (doc) => parts.every((p) => p(doc))
  }
  return fail(400, code, `Invalid value type at \`.filter\`: expected a string or an array, but found ${typeof filter}: \`${JSON.stringify(filter)}\``)
}

/* --------------------------------- search --------------------------------- */

const SEARCH_PARAMS: Record<string, string> = {
  q: "string",
  offset: "uint",
  limit: "uint",
  page: "uint",
  hitsPerPage: "uint",
  filter: "any",
  facets: "string[]",
  attributesToRetrieve: "string[]",
  attributesToCrop: "string[]",
  cropLength: "uint",
  cropMarker: "string",
  attributesToHighlight: "string[]",
  highlightPreTag: "string",
  highlightPostTag: "string",
  showMatchesPosition: "boolean",
  showRankingScore: "boolean",
  showRankingScoreDetails: "boolean",
  sort: "string[]",
  matchingStrategy: "strategy",
  attributesToSearchOn: "string[]",
  rankingScoreThreshold: "score",
  distinct: "string",
  locales: "string[]",
  vector: "any",
  hybrid: "any",
  retrieveVectors: "boolean",
}
const camelToSnake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

function validateSearch(body: Record<string, unknown>, allowIndexUid: boolean, path = ""): void {
  const known = Object.keys(SEARCH_PARAMS)
  for (const [key, value] of Object.entries(body)) {
    if (key === "indexUid" && allowIndexUid) continue
    if (key === "federationOptions" && allowIndexUid) continue
    const kind = SEARCH_PARAMS[key]
    if (!kind) fail(400, "bad_request", `Unknown field \`${key}\`${path ? ` inside \`${path}\`` : ""}: expected one of ${known.map((k) => `\`${k}\``).join(", ")}`)
    if (value === null && key !== "q") continue
    const code = `invalid_search_${camelToSnake(key)}`
    const where = `${path}.${key}`
    const bad = (expected: string) => fail(400, code, `Invalid value type at \`${where}\`: expected ${expected}, but found ${Array.isArray(value) ? "an array" : typeof value}: \`${JSON.stringify(value)}\``)
    if (kind === "string" && typeof value !== "string") bad("a string")
    if (kind === "boolean" && typeof value !== "boolean") bad("a boolean")
    if (kind === "uint" && !(typeof value === "number" && Number.isInteger(value) && value >= 0)) bad("a positive integer")
    if (kind === "string[]" && !(Array.isArray(value) && value.every((v) => typeof v === "string"))) bad("an array of strings")
    if (kind === "score" && !(typeof value === "number" && value >= 0 && value <= 1)) fail(400, code, `Invalid value at \`${where}\`: the value of \`rankingScoreThreshold\` is invalid, expected a float between \`0.0\` and \`1.0\`.`)
    if (kind === "strategy" && !["last", "all", "frequency"].includes(String(value))) {
      fail(400, code, `Unknown value \`${value}\` at \`${where}\`: expected one of \`last\`, \`all\`, \`frequency\``)
    }
  }
}

type Match = { doc: Doc; matchedWords: number; typos: number; attributeRank: number; exact: number; positions: Record<string, { start: number; length: number }[]> }

function searchableAttributes(index: Index, doc: Doc): string[] {
  const declared = index.settings.searchableAttributes
  return declared.includes("*") ? allPaths(doc) : declared
}

/** The search parameters the stand-in understands (a subset of Meilisearch's). */
type SearchBody = {
  q?: string
  filter?: unknown
  sort?: string[]
  facets?: string[]
  attributesToSearchOn?: string[]
  distinct?: string
  matchingStrategy?: string
  rankingScoreThreshold?: number
  page?: number
  hitsPerPage?: number
  offset?: number
  limit?: number
  highlightPreTag?: string
  highlightPostTag?: string
  cropMarker?: string
  cropLength?: number
  attributesToHighlight?: string[]
  attributesToCrop?: string[]
  attributesToRetrieve?: string[]
  showMatchesPosition?: boolean
  showRankingScore?: boolean
}

function search(index: Index, body: SearchBody) {
  const started = Date.now()
  const settings = index.settings
  const q: string = body.q ?? ""
  const usePages = body.page !== undefined || body.hitsPerPage !== undefined
  const predicate = compileFilterParam(body.filter, index)

  const sortRules: { attribute: string; desc: boolean }[] = (body.sort ?? []).map((rule: string) => {
    const [attribute, direction] = rule.split(":")
    if (!attribute || !["asc", "desc"].includes(direction)) {
      fail(400, "invalid_search_sort", `Invalid syntax for the sort parameter: expected expression ending by \`:asc\` or \`:desc\`, found \`${rule}\`.`)
    }
    if (!settings.sortableAttributes.includes(attribute)) {
      fail(400, "invalid_search_sort", `Index \`${index.uid}\`: Attribute \`${attribute}\` is not sortable. ${settings.sortableAttributes.length ? `Available sortable attributes are: \`${settings.sortableAttributes.join(", ")}\`.` : "This index does not have configured sortable attributes."}`)
    }
    return { attribute, desc: direction === "desc" }
  })
  for (const facet of body.facets ?? []) {
    if (facet !== "*" && !settings.filterableAttributes.includes(facet)) {
      fail(400, "invalid_search_facets", `Index \`${index.uid}\`: Attribute \`${facet}\` is not filterable. ${settings.filterableAttributes.length ? `Available filterable attributes patterns are: \`${[...settings.filterableAttributes].sort().join(", ")}\`.` : "This index does not have configured filterable attributes."}`)
    }
  }
  for (const attribute of body.attributesToSearchOn ?? []) {
    if (!settings.searchableAttributes.includes("*") && !settings.searchableAttributes.includes(attribute)) {
      fail(400, "invalid_search_attributes_to_search_on", `Index \`${index.uid}\`: Attribute \`${attribute}\` is not searchable. Available searchable attributes are: \`${settings.searchableAttributes.join(", ")}\`.`)
    }
  }
  const distinct: string | null = body.distinct ?? settings.distinctAttribute
  if (body.distinct && !settings.filterableAttributes.includes(body.distinct)) {
    fail(400, "invalid_search_distinct", `Index \`${index.uid}\`: Attribute \`${body.distinct}\` is not filterable and thus, cannot be used as distinct attribute.`)
  }

  // Query terms: quoted phrases are exact; the last bare word is a prefix.
  const raw = q.match(/"[^"]*"|[^\s"]+/g) ?? []
  const terms = raw
    .map((term, i) => ({ phrase: term.startsWith('"'), words: words(term.replace(/"/g, "")).map((w) => w.word), last: i === raw.length - 1 && !term.startsWith('"') && !/\s$/.test(q) }))
    .filter((t) => t.words.length)

  const typo = settings.typoTolerance
  const strategy = body.matchingStrategy ?? "last"
  const matches: Match[] = []
  for (const doc of index.documents.values()) {
    if (!predicate(doc)) continue
    if (!terms.length) {
      matches.push({ doc, matchedWords: 0, typos: 0, attributeRank: 0, exact: 0, positions: {} })
      continue
    }
    const attributes = (body.attributesToSearchOn ?? searchableAttributes(index, doc)) as string[]
    let matchedWords = 0
    let typos = 0
    let attributeRank = Infinity
    let exact = 0
    const positions: Match["positions"] = {}
    for (const term of terms) {
      let best: { typos: number; rank: number; exact: boolean } | undefined
      attributes.forEach((attribute, rank) => {
        for (const value of valuesAt(doc, attribute)) {
          if (typeof value !== "string" && typeof value !== "number") continue
          const tokens = words(String(value))
          const found = term.phrase
            ? tokens.findIndex((_, i) => term.words.every((w, k) => tokens[i + k]?.word === w))
            : -1
          const hit = (tokenWord: string) => {
            const w = term.words[0]
            if (tokenWord === w) return 0
            if (term.last && tokenWord.startsWith(w)) return 0
            if (!typo.enabled || typo.disableOnAttributes.includes(attribute) || /^\d+$/.test(w)) return Infinity
            const allowed = w.length >= typo.minWordSizeForTypos.twoTypos ? 2 : w.length >= typo.minWordSizeForTypos.oneTypo ? 1 : 0
            // a typo on the first letter costs double in Meilisearch
            const d = distance(tokenWord.slice(0, w.length + allowed), w, allowed)
            const dFull = distance(tokenWord, w, allowed)
            const cost = Math.min(dFull, term.last ? d : dFull)
            return cost <= allowed ? cost : Infinity
          }
          tokens.forEach((token, i) => {
            const cost = term.phrase ? (i >= found && found >= 0 && i < found + term.words.length ? 0 : Infinity) : hit(token.word)
            if (cost === Infinity) return
            positions[attribute] ??= []
            positions[attribute].push({ start: token.index, length: token.raw.length })
            if (!best || cost < best.typos || (cost === best.typos && rank < best.rank)) best = { typos: cost, rank, exact: token.word === term.words[0] }
          })
        }
      })
      if (best) {
        matchedWords++
        typos += best.typos
        attributeRank = Math.min(attributeRank, best.rank)
        if (best.exact) exact++
      }
    }
    const required = strategy === "all" ? terms.length : 1
    if (matchedWords >= required) matches.push({ doc, matchedWords, typos, attributeRank, exact, positions })
  }

  const sortValue = (doc: Doc, attribute: string) => {
    const values = valuesAt(doc, attribute).filter((v) => typeof v === "number" || typeof v === "string")
    return values.length ? values[0] : undefined
  }
  matches.sort((a, b) => {
    if (terms.length && b.matchedWords !== a.matchedWords) return b.matchedWords - a.matchedWords
    if (terms.length && a.typos !== b.typos) return a.typos - b.typos
    if (terms.length && a.attributeRank !== b.attributeRank) return a.attributeRank - b.attributeRank
    for (const rule of sortRules) {
      const x = sortValue(a.doc, rule.attribute)
      const y = sortValue(b.doc, rule.attribute)
      if (x === y) continue
      if (x === undefined) return 1
      if (y === undefined) return -1
      // numbers before strings, as in Meilisearch
      const cmp = typeof x === typeof y ? (x < y ? -1 : 1) : typeof x === "number" ? -1 : 1
      return rule.desc ? -cmp : cmp
    }
    if (terms.length && a.exact !== b.exact) return b.exact - a.exact
    return 0
  })

  const score = (m: Match) => (terms.length ? Math.max(0, (m.matchedWords / terms.length) * (1 - 0.1 * m.typos) * (1 - 0.02 * Math.min(m.attributeRank, 10))) : 1)
  let ranked = matches.filter((m) => body.rankingScoreThreshold === undefined || score(m) >= body.rankingScoreThreshold)
  if (distinct) {
    const seen = new Set<string>()
    ranked = ranked.filter((m) => {
      const key = JSON.stringify(valuesAt(m.doc, distinct)[0] ?? null)
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
  }
  const total = Math.min(ranked.length, settings.pagination.maxTotalHits)

  // facets over every matching document
  const facetDistribution: Record<string, Record<string, number>> = {}
  const facetStats: Record<string, { min: number; max: number }> = {}
  for (const facet of body.facets ?? []) {
    const counts: Record<string, number> = {}
    let min = Infinity
    let max = -Infinity
    for (const m of ranked) {
      const values = new Set(valuesAt(m.doc, facet).filter((v) => v !== null && typeof v !== "object").map((v) => (typeof v === "number" ? v : String(v))))
      for (const v of values) {
        counts[String(v)] = (counts[String(v)] ?? 0) + 1
        if (typeof v === "number") {
          min = Math.min(min, v)
          max = Math.max(max, v)
        }
      }
    }
    const limited = Object.keys(counts)
      .sort()
      .slice(0, settings.faceting.maxValuesPerFacet)
    facetDistribution[facet] = Object.fromEntries(limited.map((k) => [k, counts[k]]))
    if (min !== Infinity) facetStats[facet] = { min, max }
  }

  let offset: number
  let limit: number
  if (usePages) {
    const hitsPerPage = body.hitsPerPage ?? 20
    const page = body.page ?? 1
    offset = hitsPerPage * Math.max(0, page - 1)
    limit = page === 0 ? 0 : hitsPerPage
  } else {
    offset = body.offset ?? 0
    limit = body.limit ?? 20
  }
  const pageOfHits = ranked.slice(0, settings.pagination.maxTotalHits).slice(offset, offset + limit)

  const displayed = settings.displayedAttributes
  const project = (doc: Doc, attributes: string[] | undefined) => {
    const visible = displayed.includes("*") ? Object.keys(doc) : Object.keys(doc).filter((k) => displayed.some((d) => d === k || d.startsWith(`${k}.`)))
    const wanted = attributes && !attributes.includes("*") ? visible.filter((k) => attributes.some((a) => a === k || a.startsWith(`${k}.`))) : visible
    return Object.fromEntries(wanted.map((k) => [k, structuredClone(doc[k])]))
  }
  const pre = body.highlightPreTag ?? "<em>"
  const post = body.highlightPostTag ?? "</em>"
  const cropMarker = body.cropMarker ?? "…"
  const highlightSet = new Set<string>(body.attributesToHighlight ?? [])
  const cropSet = new Set<string>(body.attributesToCrop ?? [])
  const format = (text: string, attribute: string, spans: { start: number; length: number }[]) => {
    let value = text
    let shift = 0
    let startWord = 0
    let endWord = Infinity
    const tokens = words(text)
    if (cropSet.has(attribute) || cropSet.has("*")) {
      const length = body.cropLength ?? 10
      if (tokens.length > length) {
        const first = spans.length ? tokens.findIndex((t) => t.index === Math.min(...spans.map((s) => s.start))) : 0
        startWord = Math.max(0, Math.min(first - Math.floor((length - 1) / 2), tokens.length - length))
        endWord = startWord + length
      }
    }
    if (highlightSet.has(attribute) || highlightSet.has("*")) {
      const sorted = [...spans].sort((a, b) => a.start - b.start)
      for (const span of sorted) {
        const at = span.start + shift
        value = value.slice(0, at) + pre + value.slice(at, at + span.length) + post + value.slice(at + span.length)
        shift += pre.length + post.length
      }
    }
    if (endWord !== Infinity) {
      // map token boundaries through the inserted tags
      const mapped = (index: number) => index + [...spans].filter((s) => s.start < index && (highlightSet.has(attribute) || highlightSet.has("*"))).length * (pre.length + post.length)
      const from = startWord === 0 ? 0 : mapped(tokens[startWord].index)
      const lastToken = tokens[Math.min(endWord, tokens.length) - 1]
      let to = mapped(lastToken.index + lastToken.raw.length)
      if (value.slice(to, to + post.length) === post) to += post.length
      value = `${startWord > 0 ? cropMarker : ""}${value.slice(from, to)}${endWord < tokens.length ? cropMarker : ""}`
    }
    return value
  }
  const hits = pageOfHits.map((m) => {
    const hit: Record<string, unknown> = project(m.doc, body.attributesToRetrieve)
    if (highlightSet.size || cropSet.size) {
      const formatted: Record<string, unknown> = structuredClone(hit)
      for (const attribute of new Set([...highlightSet, ...cropSet])) {
        if (attribute === "*") continue
        const [head] = attribute.split(".")
        if (!(head in m.doc)) continue
        const source = m.doc[head]
        const spansFor = (text: string) => words(text).filter((t) => terms.some((term) => (m.positions[attribute] ?? []).length && matchesTerm(t.word, term, settings, attribute))).map((t) => ({ start: t.index, length: t.raw.length }))
        formatted[head] = Array.isArray(source)
          ? source.map((v) => (typeof v === "string" ? format(v, attribute, spansFor(v)) : v))
          : typeof source === "string"
            ? format(source, attribute, spansFor(source))
            : source
      }
      hit._formatted = formatted
    }
    if (body.showMatchesPosition) hit._matchesPosition = m.positions
    if (body.showRankingScore) hit._rankingScore = score(m)
    return hit
  })

  const response: Record<string, unknown> = { hits, query: q, processingTimeMs: Date.now() - started }
  if (usePages) {
    const hitsPerPage = body.hitsPerPage ?? 20
    Object.assign(response, { hitsPerPage, page: body.page ?? 1, totalPages: hitsPerPage ? Math.ceil(total / hitsPerPage) : 0, totalHits: total })
  } else {
    Object.assign(response, { limit, offset, estimatedTotalHits: total })
  }
  if (body.facets) Object.assign(response, { facetDistribution, facetStats })
  return response

  function matchesTerm(word: string, term: { phrase: boolean; words: string[]; last: boolean }, s: Settings, attribute: string) {
    if (term.phrase) return term.words.includes(word)
    const w = term.words[0]
    if (word === w || (term.last && word.startsWith(w))) return true
    if (!s.typoTolerance.enabled || s.typoTolerance.disableOnAttributes.includes(attribute)) return false
    const allowed = w.length >= s.typoTolerance.minWordSizeForTypos.twoTypos ? 2 : w.length >= s.typoTolerance.minWordSizeForTypos.oneTypo ? 1 : 0
    return allowed > 0 && distance(word, w, allowed) <= allowed
  }
}

/* --------------------------------- server --------------------------------- */

const SETTINGS_KEYS = Object.keys(defaultSettings())

export async function startMeilisearchStandin(options: { apiKey?: string; port?: number; processingDelayMs?: number } = {}) {
  const indexes = new Map<string, Index>()
  const tasks: Task[] = []
  const queue: Task[] = []
  const delay = options.processingDelayMs ?? 5
  let processing = false
  let lastUpdate: string | null = null

  const now = () => new Date().toISOString()
  const summarize = (task: Task) => ({ taskUid: task.uid, indexUid: task.indexUid, status: task.status, type: task.type, enqueuedAt: task.enqueuedAt })
  const view = ({ run: _run, ...task }: Task) => task

  function enqueue(type: string, indexUid: string | null, details: Record<string, unknown>, run: Task["run"]) {
    const task: Task = { uid: tasks.length, batchUid: null, indexUid, status: "enqueued", type, canceledBy: null, details, error: null, duration: null, enqueuedAt: now(), startedAt: null, finishedAt: null, run }
    tasks.push(task)
    queue.push(task)
    setTimeout(processQueue, delay)
    return summarize(task)
  }
  function processQueue() {
    if (processing) return
    const task = queue.shift()
    if (!task) return
    processing = true
    task.status = "processing"
    task.startedAt = now()
    task.batchUid = task.uid
    setTimeout(() => {
      try {
        const extra = task.run()
        task.status = "succeeded"
        if (extra) Object.assign(task.details, extra)
        lastUpdate = now()
      } catch (error) {
        task.status = "failed"
        task.error = error instanceof HttpError ? error.body : err("internal", (error as Error).message)
      }
      task.finishedAt = now()
      task.duration = `PT${((Date.parse(task.finishedAt) - Date.parse(task.startedAt!)) / 1000).toFixed(3)}S`
      processing = false
      if (queue.length) setTimeout(processQueue, delay)
    }, delay)
  }

  const getIndex = (uid: string) => indexes.get(uid) ?? fail(404, "index_not_found", `Index \`${uid}\` not found.`)
  const createIndexNow = (uid: string, primaryKey: string | null) => {
    const index: Index = { uid, primaryKey, createdAt: now(), updatedAt: now(), documents: new Map(), settings: defaultSettings() }
    indexes.set(uid, index)
    return index
  }
  const validUid = (uid: unknown) => {
    if (typeof uid !== "string" || !/^[a-zA-Z0-9_-]{1,400}$/.test(uid)) {
      fail(400, "invalid_index_uid", `\`${String(uid)}\` is not a valid index uid. Index uid can be an integer or a string containing only alphanumeric characters, hyphens (-) and underscores (_), and can not be more than 512 bytes.`)
    }
    return uid as string
  }
  const indexJson = (index: Index) => ({ uid: index.uid, createdAt: index.createdAt, updatedAt: index.updatedAt, primaryKey: index.primaryKey })

  function addDocuments(uid: string, documents: Doc[], primaryKeyParam: string | null) {
    const index = indexes.get(uid) ?? createIndexNow(uid, null)
    if (primaryKeyParam && index.primaryKey && index.primaryKey !== primaryKeyParam) {
      fail(400, "index_primary_key_already_exists", `Index \`${uid}\`: Index already has a primary key: \`${index.primaryKey}\`.`)
    }
    let primaryKey = index.primaryKey ?? primaryKeyParam
    if (!primaryKey) {
      const candidates = Object.keys(documents[0] ?? {}).filter((k) => /id$/i.test(k))
      if (candidates.length !== 1) {
        fail(400, candidates.length ? "index_primary_key_multiple_candidates_found" : "index_primary_key_no_candidate_found", `Index \`${uid}\`: The primary key inference failed as the engine did not find any field ending with \`id\` in its name. Please specify the primary key manually using the \`primaryKey\` query parameter.`)
      }
      primaryKey = candidates[0]
    }
    // validate the whole batch before applying it: a failed task changes nothing
    for (const doc of documents) {
      const id = doc[primaryKey]
      if (id === undefined) fail(400, "missing_document_id", `Index \`${uid}\`: Document doesn't have a \`${primaryKey}\` attribute: \`${JSON.stringify(doc).slice(0, 200)}\`.`)
      if (!((typeof id === "string" && /^[a-zA-Z0-9_-]{1,511}$/.test(id)) || (typeof id === "number" && Number.isInteger(id)))) {
        fail(400, "invalid_document_id", `Index \`${uid}\`: Document identifier \`${JSON.stringify(id)}\` is invalid. A document identifier can be of type integer or string, only composed of alphanumeric characters (a-z A-Z 0-9), hyphens (-) and underscores (_), and can not be more than 511 bytes.`)
      }
    }
    index.primaryKey = primaryKey
    for (const doc of documents) index.documents.set(String(doc[primaryKey]), doc)
    index.updatedAt = now()
    return { receivedDocuments: documents.length, indexedDocuments: documents.length }
  }

  function validateSettings(body: unknown) {
    if (!body || typeof body !== "object" || Array.isArray(body)) fail(400, "bad_request", "Invalid value type: expected an object")
    for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
      if (!SETTINGS_KEYS.includes(key) && !["proximityPrecision", "separatorTokens", "nonSeparatorTokens", "dictionary", "searchCutoffMs", "localizedAttributes", "facetSearch", "prefixSearch", "embedders"].includes(key)) {
        fail(400, "bad_request", `Unknown field \`${key}\`: expected one of ${SETTINGS_KEYS.map((k) => `\`${k}\``).join(", ")}`)
      }
      const code = `invalid_settings_${camelToSnake(key)}`
      if (["displayedAttributes", "searchableAttributes", "filterableAttributes", "sortableAttributes", "rankingRules", "stopWords"].includes(key)) {
        if (value !== null && !(Array.isArray(value) && value.every((v) => typeof v === "string"))) {
          fail(400, code, `Invalid value type at \`.${key}\`: expected an array, but found ${typeof value}: \`${JSON.stringify(value)}\``)
        }
      }
      if (key === "rankingRules" && Array.isArray(value)) {
        for (const rule of value as string[]) {
          if (!["words", "typo", "proximity", "attribute", "sort", "exactness"].includes(rule) && !/^[^:]+:(asc|desc)$/.test(rule)) {
            fail(400, code, `Invalid value at \`.rankingRules[${(value as string[]).indexOf(rule)}]\`: \`${rule}\` ranking rule is invalid. Valid ranking rules are words, typo, sort, proximity, attribute, exactness and custom ranking rules.`)
          }
        }
      }
      if (key === "distinctAttribute" && value !== null && typeof value !== "string") fail(400, code, `Invalid value type at \`.distinctAttribute\`: expected a string, but found ${typeof value}`)
      if (key === "typoTolerance" && value !== null) {
        const typo = value as { minWordSizeForTypos?: { oneTypo?: number; twoTypos?: number } }
        const one = typo.minWordSizeForTypos?.oneTypo ?? 5
        const two = typo.minWordSizeForTypos?.twoTypos ?? 9
        if (one > two) fail(400, code, `\`minWordSizeForTypos\` setting is invalid. \`oneTypo\` and \`twoTypos\` fields should be between \`0\` and \`255\`, and \`twoTypos\` should be greater or equals to \`oneTypo\` but found \`oneTypo: ${one}\` and twoTypos: \`${two}\`.`)
      }
    }
  }
  function applySettings(uid: string, body: Record<string, unknown>) {
    const index = indexes.get(uid) ?? createIndexNow(uid, null)
    const defaults = defaultSettings()
    // Settings are checked by validateSettings before they get here; apply them key by key.
    const settings: Record<string, unknown> = index.settings
    const defaultsByKey: Record<string, unknown> = defaults
    for (const [key, value] of Object.entries(body)) {
      if (value === null) settings[key] = defaultsByKey[key]
      else if (key === "typoTolerance") {
        const typo = value as Partial<Settings["typoTolerance"]>
        index.settings.typoTolerance = { ...index.settings.typoTolerance, ...typo, minWordSizeForTypos: { ...index.settings.typoTolerance.minWordSizeForTypos, ...(typo.minWordSizeForTypos ?? {}) } }
      } else if (key === "faceting" || key === "pagination") settings[key] = { ...(settings[key] as object), ...(value as object) }
      else settings[key] = value
    }
    index.updatedAt = now()
  }

  async function readBody(req: IncomingMessage): Promise<{ raw: string; // biome-ignore lint/suspicious/noExplicitAny: the client's JSON as sent; each route checks the fields it reads (with Meilisearch's own error messages) before it uses them
json: () => any }> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks).toString("utf8")
    return {
      raw,
      json: () => {
        if (!raw.length) fail(400, "missing_payload", "A json payload is missing.")
        if (!/application\/(x-)?json/.test(req.headers["content-type"] ?? "") && !/application\/json/.test(req.headers["content-type"] ?? "")) {
          fail(415, "invalid_content_type", `The Content-Type \`${req.headers["content-type"] ?? ""}\` is invalid. Accepted values for the Content-Type header are: \`application/json\`, \`application/x-ndjson\`, \`text/csv\``)
        }
        try {
          return JSON.parse(raw)
        } catch (error) {
          return fail(400, "malformed_payload", `The json payload provided is malformed. \`${(error as Error).message}\`.`)
        }
      },
    }
  }

  async function route(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://standin")
    const method = req.method ?? "GET"
    const parts = url.pathname.split("/").filter(Boolean).map(decodeURIComponent)
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" })
      res.end(JSON.stringify(body))
    }
    if (method === "GET" && url.pathname === "/health") return send(200, { status: "available" })
    if (options.apiKey) {
      const auth = req.headers.authorization
      if (!auth) fail(401, "missing_authorization_header", "The Authorization header is missing. It must use the bearer authorization method.")
      if (auth !== `Bearer ${options.apiKey}`) fail(403, "invalid_api_key", "The provided API key is invalid.")
    }
    const body = await readBody(req)

    if (method === "GET" && url.pathname === "/version") return send(200, { commitSha: "standin", commitDate: now(), pkgVersion: "1.12.0" })
    if (method === "GET" && url.pathname === "/stats") {
      return send(200, {
        databaseSize: 0,
        usedDatabaseSize: 0,
        lastUpdate,
        indexes: Object.fromEntries([...indexes.values()].map((i) => [i.uid, { numberOfDocuments: i.documents.size, isIndexing: queue.some((t) => t.indexUid === i.uid), fieldDistribution: {} }])),
      })
    }
    if (parts[0] === "tasks") {
      if (method === "GET" && parts.length === 2) {
        const uid = Number(parts[1])
        if (!Number.isInteger(uid) || uid < 0) fail(400, "invalid_task_uid", `Invalid value in parameter \`taskUid\`: could not parse \`${parts[1]}\` as a positive integer`)
        const task = tasks[uid] ?? fail(404, "task_not_found", `Task \`${uid}\` not found.`)
        return send(200, view(task))
      }
      if (method === "GET" && parts.length === 1) {
        const statuses = url.searchParams.get("statuses")?.split(",")
        const uids = url.searchParams.get("indexUids")?.split(",")
        const results = tasks.filter((t) => (!statuses || statuses.includes(t.status)) && (!uids || (t.indexUid && uids.includes(t.indexUid)))).reverse()
        const limit = Number(url.searchParams.get("limit") ?? 20)
        return send(200, { results: results.slice(0, limit).map(view), total: results.length, limit, from: results[0]?.uid ?? null, next: null })
      }
    }
    if (method === "POST" && url.pathname === "/multi-search") {
      const payload = body.json()
      if (!payload || !Array.isArray(payload.queries)) fail(400, "bad_request", "Missing field `queries`")
      const results = payload.queries.map((query: Record<string, unknown>, i: number) => {
        try {
          if (typeof query.indexUid !== "string") fail(400, "missing_index_uid", `Missing field \`indexUid\` inside \`.queries[${i}]\``)
          validateSearch(query, true, `.queries[${i}]`)
          // Checked just above: indexUid is a string, the rest are search parameters.
          const { indexUid, ...params } = query as SearchBody & { indexUid: string }
          return { indexUid, ...search(getIndex(indexUid), params) }
        } catch (error) {
          if (error instanceof HttpError) error.body.message = `Inside \`.queries[${i}]\`: ${error.body.message}`
          throw error
        }
      })
      return send(200, { results })
    }
    if (parts[0] === "indexes") {
      if (parts.length === 1 && method === "GET") {
        const offset = Number(url.searchParams.get("offset") ?? 0)
        const limit = Number(url.searchParams.get("limit") ?? 20)
        const all = [...indexes.values()].sort((a, b) => a.uid.localeCompare(b.uid))
        return send(200, { results: all.slice(offset, offset + limit).map(indexJson), offset, limit, total: all.length })
      }
      if (parts.length === 1 && method === "POST") {
        const payload = body.json()
        for (const key of Object.keys(payload)) if (!["uid", "primaryKey"].includes(key)) fail(400, "bad_request", `Unknown field \`${key}\`: expected one of \`uid\`, \`primaryKey\``)
        if (payload.uid === undefined) fail(400, "missing_index_uid", "Missing field `uid`")
        const uid = validUid(payload.uid)
        if (payload.primaryKey !== undefined && payload.primaryKey !== null && typeof payload.primaryKey !== "string") fail(400, "invalid_index_primary_key", "Invalid value type at `.primaryKey`: expected a string")
        return send(202, enqueue("indexCreation", uid, { primaryKey: payload.primaryKey ?? null }, () => {
          if (indexes.has(uid)) fail(409, "index_already_exists", `Index \`${uid}\` already exists.`)
          createIndexNow(uid, payload.primaryKey ?? null)
        }))
      }
      const uid = validUid(parts[1])
      const rest = parts.slice(2).join("/")
      if (!rest) {
        if (method === "GET") return send(200, indexJson(getIndex(uid)))
        if (method === "PATCH") {
          const payload = body.json()
          return send(202, enqueue("indexUpdate", uid, { primaryKey: payload.primaryKey ?? null }, () => {
            const index = getIndex(uid)
            if (payload.primaryKey !== undefined) {
              if (index.documents.size && index.primaryKey !== payload.primaryKey) fail(400, "index_primary_key_already_exists", `Index \`${uid}\`: Index already has a primary key: \`${index.primaryKey}\`.`)
              index.primaryKey = payload.primaryKey
            }
            index.updatedAt = now()
          }))
        }
        if (method === "DELETE") {
          return send(202, enqueue("indexDeletion", uid, { deletedDocuments: 0 }, () => {
            const index = getIndex(uid)
            indexes.delete(uid)
            return { deletedDocuments: index.documents.size }
          }))
        }
      }
      if (rest === "stats" && method === "GET") {
        const index = getIndex(uid)
        return send(200, { numberOfDocuments: index.documents.size, isIndexing: queue.some((t) => t.indexUid === uid), fieldDistribution: {} })
      }
      if (rest === "settings") {
        if (method === "GET") return send(200, getIndex(uid).settings)
        if (method === "PATCH") {
          const payload = body.json()
          validateSettings(payload)
          return send(202, enqueue("settingsUpdate", uid, payload, () => applySettings(uid, payload)))
        }
        if (method === "DELETE") return send(202, enqueue("settingsUpdate", uid, {}, () => {
          getIndex(uid).settings = defaultSettings()
        }))
      }
      if (rest === "documents") {
        if (method === "POST" || method === "PUT") {
          const payload = body.json()
          const documents = Array.isArray(payload) ? payload : [payload]
          if (!documents.every((d) => d && typeof d === "object" && !Array.isArray(d))) fail(400, "malformed_payload", "The json payload provided is malformed. `invalid type: expected a sequence of objects`.")
          const primaryKey = url.searchParams.get("primaryKey")
          return send(202, enqueue("documentAdditionOrUpdate", uid, { receivedDocuments: documents.length, indexedDocuments: null }, () => {
            if (method === "PUT") {
              const index = indexes.get(uid)
              const pk = index?.primaryKey ?? primaryKey
              const merged = documents.map((d) => ({ ...(pk && index?.documents.get(String(d[pk]))) || {}, ...d }))
              return addDocuments(uid, merged, primaryKey)
            }
            return addDocuments(uid, documents, primaryKey)
          }))
        }
        if (method === "GET") {
          const index = getIndex(uid)
          const offset = Number(url.searchParams.get("offset") ?? 0)
          const limit = Number(url.searchParams.get("limit") ?? 20)
          const all = [...index.documents.values()]
          return send(200, { results: all.slice(offset, offset + limit), offset, limit, total: all.length })
        }
        if (method === "DELETE") {
          return send(202, enqueue("documentDeletion", uid, { deletedDocuments: null }, () => {
            const index = getIndex(uid)
            const deleted = index.documents.size
            index.documents.clear()
            return { deletedDocuments: deleted }
          }))
        }
      }
      if (rest === "documents/delete-batch" && method === "POST") {
        const ids = body.json()
        if (!Array.isArray(ids)) fail(400, "bad_request", "Json deserialize error: invalid type: map, expected a sequence")
        return send(202, enqueue("documentDeletion", uid, { providedIds: ids.length, deletedDocuments: null }, () => {
          const index = getIndex(uid)
          let deleted = 0
          for (const id of ids) if (index.documents.delete(String(id))) deleted++
          return { deletedDocuments: deleted }
        }))
      }
      if (rest === "documents/delete" && method === "POST") {
        const payload = body.json()
        if (payload?.filter === undefined) fail(400, "missing_document_filter", "Missing field `filter`")
        if (typeof payload.filter === "string") tokenize(payload.filter) // syntax errors answer synchronously
        return send(202, enqueue("documentDeletion", uid, { originalFilter: JSON.stringify(payload.filter), deletedDocuments: null }, () => {
          const index = getIndex(uid)
          const predicate = compileFilterParam(payload.filter, index, "invalid_document_filter")
          let deleted = 0
          for (const [id, doc] of index.documents) if (predicate(doc) && index.documents.delete(id)) deleted++
          return { deletedDocuments: deleted }
        }))
      }
      if (rest.startsWith("documents/") && method === "GET") {
        const index = getIndex(uid)
        const doc = index.documents.get(rest.slice("documents/".length)) ?? fail(404, "document_not_found", `Document \`${rest.slice("documents/".length)}\` not found.`)
        return send(200, doc)
      }
      if (rest === "search" && method === "POST") {
        const payload = body.raw ? body.json() : {}
        const index = getIndex(uid)
        validateSearch(payload, false)
        return send(200, search(index, payload))
      }
      if (rest === "facet-search" && method === "POST") {
        const payload = body.json()
        const index = getIndex(uid)
        if (typeof payload.facetName !== "string") fail(400, "missing_facet_search_facet_name", "Missing field `facetName`")
        const { facetName, facetQuery, ...params } = payload
        const result: { facetDistribution?: Record<string, Record<string, number>> } = search(index, { ...params, facets: [facetName], limit: 0 })
        const distribution = result.facetDistribution?.[facetName] ?? {}
        const facetHits = Object.entries(distribution)
          .filter(([value]) => !facetQuery || value.toLowerCase().includes(String(facetQuery).toLowerCase()))
          .map(([value, count]) => ({ value, count }))
        return send(200, { facetHits, facetQuery: facetQuery ?? null, processingTimeMs: 0 })
      }
    }
    fail(404, "not_found", `${method} ${url.pathname} is not a route of this Meilisearch stand-in`)
  }

  const server = createServer((req, res) => {
    route(req, res).catch((error) => {
      const status = error instanceof HttpError ? error.status : 500
      const body = error instanceof HttpError ? error.body : err("internal", (error as Error).message)
      res.writeHead(status, { "content-type": "application/json" })
      res.end(JSON.stringify(body))
    })
  })
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    /** For assertions on the queue itself. */
    tasks: () => tasks.map(view),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
