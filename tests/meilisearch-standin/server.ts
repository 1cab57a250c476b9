/**
 * A Meilisearch stand-in for tests: a small HTTP server speaking the subset of
 * Meilisearch's API (v1.x) that the official `meilisearch` JS client uses for our
 * provider, with Meilisearch's validation, error objects ({message, code, type, link})
 * and status codes, and its asynchronous task queue: every write answers 202 with a
 * summarized task, is processed later (enqueued → processing → succeeded | failed), and
 * is observable at GET /tasks/:uid.
 *
 * Relevance follows Meilisearch's (milli's) bucket sort, written from its docs and source
 * (crates/milli/src/search/new): the query is split into terms (quoted text = phrase; stop
 * words dropped unless last; the last word, when no separator follows, is a prefix; 10 terms
 * at most) plus 2–3-word n-grams (concatenations, multi-word synonym keys). Terms match exactly,
 * by prefix, by one-way synonyms (phrases), or with typos: minWordSizeForTypos, Damerau
 * distance, a first-letter typo costs two, disableOnWords/disableOnAttributes/disableOnNumbers.
 * matchingStrategy last/all/frequency drops terms as milli's query graph does; the rankingRules
 * run in their order (words, typo, proximity, attribute = field weight then position,
 * exactness = exact attribute then exact words, sort, custom asc/desc), each document taking
 * its best path; _rankingScore combines the rules before the first sort as milli does.
 * Simplified: no split words ("sunflower" → "sun flower"), no prefix/ngram database limits,
 * approximate hard separators and word counts, `*` fields all weigh the same, no
 * proximityPrecision, no negative terms. Response shapes follow Meilisearch.
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

/* -------------------------------- relevance -------------------------------- */

/** A word of an attribute value, with Meilisearch's positions: +1 per word, +8 across a hard separator. */
type Tok = { word: string; start: number; length: number; pos: number; value: number; stop: boolean }
type Field = { attribute: string; weight: number; tokens: Tok[]; exactOnly: boolean }

// Guess: charabia's hard separators are (roughly) sentence punctuation and line breaks.
const HARD_SEPARATOR = /[.;:!?\n\r¿¡。]/
const normalize = (text: string) => text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase()

function tokenizeField(values: string[], stopWords: Set<string>): Tok[] {
  const out: Tok[] = []
  let pos = -1
  values.forEach((text, value) => {
    let last = 0
    // array elements are apart as if a hard separator stood between them (guess)
    let hard = value > 0
    for (const m of text.matchAll(WORD)) {
      const between = text.slice(last, m.index)
      if (HARD_SEPARATOR.test(between)) hard = true
      pos = pos < 0 ? 0 : pos + (hard ? 8 : 1)
      hard = false
      const word = normalize(m[0])
      out.push({ word, start: m.index!, length: m[0].length, pos, value, stop: stopWords.has(word) })
      last = m.index! + m[0].length
    }
  })
  return out
}

/** Optimal string alignment distance (Damerau: a transposition is one edit), as Meilisearch's Levenshtein automata. */
function prefixDistance(query: string, word: string, max: number) {
  let best = max + 1
  for (let k = Math.max(0, query.length - max); k <= Math.min(word.length, query.length + max); k++) best = Math.min(best, distance(query, word.slice(0, k), max))
  return best
}

/**
 * Typos between a query word and a document word, as milli's compute_derivations.rs: a word
 * allowed one typo must keep its first letter; a word allowed two typos may differ on its first
 * letter only within one edit, which then counts as two typos. A prefix term allows typos on the
 * prefix (milli builds a prefix DFA). null = no match.
 */
function typoCost(query: string, word: string, prefix: boolean, maxTypo: number): number | null {
  if (query === word || (prefix && word.startsWith(query))) return 0
  if (maxTypo === 0) return null
  const dist = (max: number) => (prefix ? prefixDistance(query, word, max) : distance(query, word, max))
  const sameFirst = [...query][0] === [...word][0]
  if (!sameFirst) return maxTypo >= 2 && dist(1) <= 1 ? 2 : null
  const d = dist(maxTypo)
  return d <= maxTypo ? d : null
}

type QueryTerm = { words: (string | null)[]; phrase: boolean; pos: number; posEnd: number; prefix: boolean }
/** A node of milli's query graph: one term, or an n-gram of 2–3 consecutive terms (ids from..to). */
type QueryNode = { from: number; to: number; word: string | null; phrase: (string | null)[] | null; prefix: boolean; maxTypo: number; synonyms: string[][]; pos: number; baseTypo: number }
type Occurrence = { field: Field; first: number; last: number; typos: number; exact: boolean }

/**
 * The query as milli's parse_query.rs reads it: words get positions (+1, +8 across a hard
 * separator); quoted text is a phrase; stop words are dropped unless they are the query's very
 * last token (which, like any last word not followed by a separator, is a prefix). Only the
 * first 10 terms count (Meilisearch's documented query limit).
 */
function parseQuery(q: string, stopWords: Set<string>): QueryTerm[] {
  const terms: QueryTerm[] = []
  let position = -1
  let phrase: QueryTerm | null = null
  const re = /"|[\p{L}\p{N}]+|[^"\p{L}\p{N}]+/gu
  const tokens = [...q.matchAll(re)].map((m) => m[0])
  tokens.forEach((token, i) => {
    if (token === '"') {
      if (phrase) {
        if (phrase.words.some((w) => w !== null)) terms.push(phrase)
        phrase = null
      } else phrase = { words: [], phrase: true, pos: -1, posEnd: -1, prefix: false }
      return
    }
    if (!/[\p{L}\p{N}]/u.test(token)) {
      if (HARD_SEPARATOR.test(token)) position += 7
      return
    }
    position++
    const word = normalize(token)
    const stop = stopWords.has(word)
    if (phrase) {
      if (phrase.pos < 0 || phrase.words.every((w) => w === null)) phrase.pos = position
      phrase.posEnd = position
      phrase.words.push(stop ? null : word)
      return
    }
    const isLast = i === tokens.length - 1
    if (stop && !isLast) return
    terms.push({ words: [word], phrase: false, pos: position, posEnd: position, prefix: isLast })
  })
  const open = phrase as QueryTerm | null
  if (open?.words.some((w) => w !== null)) terms.push(open)
  return terms.slice(0, 10)
}

function typosAllowed(word: string, settings: Settings) {
  const typo = settings.typoTolerance
  const length = [...word].length
  if (!typo.enabled || typo.disableOnWords.map(normalize).includes(word)) return 0
  if ((typo as { disableOnNumbers?: boolean }).disableOnNumbers && /^\d+$/.test(word)) return 0
  return length < typo.minWordSizeForTypos.oneTypo ? 0 : length < typo.minWordSizeForTypos.twoTypos ? 1 : 2
}

/** Synonyms normalised as Meilisearch stores them: key words joined by a space → alternatives as word lists. */
function normalizedSynonyms(settings: Settings): Map<string, string[][]> {
  const out = new Map<string, string[][]>()
  for (const [key, values] of Object.entries(settings.synonyms ?? {})) {
    const k = words(key).map((w) => normalize(w.word)).join(" ")
    const list = out.get(k) ?? []
    for (const v of values) {
      const ws = words(v).map((w) => normalize(w.word))
      if (ws.length && !list.some((l) => l.join(" ") === ws.join(" "))) list.push(ws)
    }
    out.set(k, list)
  }
  return out
}

/** The nodes of the query graph: every term, plus 2- and 3-grams of consecutive plain words (milli's make_ngram). */
function queryNodes(terms: QueryTerm[], settings: Settings): QueryNode[] {
  const synonyms = normalizedSynonyms(settings)
  const nodes: QueryNode[] = terms.map((t, i) =>
    t.phrase
      ? { from: i, to: i, word: null, phrase: t.words, prefix: false, maxTypo: 0, synonyms: [], pos: t.pos, baseTypo: 0 }
      : { from: i, to: i, word: t.words[0], phrase: null, prefix: t.prefix, maxTypo: typosAllowed(t.words[0]!, settings), synonyms: synonyms.get(t.words[0]!) ?? [], pos: t.pos, baseTypo: 0 }
  )
  for (let n = 2; n <= 3; n++) {
    for (let i = 0; i + n <= terms.length; i++) {
      const group = terms.slice(i, i + n)
      if (group.some((t) => t.phrase) || group.some((t, k) => k > 0 && t.pos !== group[k - 1].pos + 1)) continue
      const ws = group.map((t) => t.words[0]!)
      const joined = ws.join("")
      nodes.push({
        from: i,
        to: i + n - 1,
        word: joined,
        phrase: null,
        prefix: group[n - 1].prefix,
        maxTypo: Math.max(0, typosAllowed(joined, settings) - (n - 1)),
        synonyms: synonyms.get(ws.join(" ")) ?? [],
        pos: group[0].pos,
        // milli's typo rule: an n-gram (concatenation or multi-word synonym) has a base cost of n
        baseTypo: n,
      })
    }
  }
  return nodes
}

function nodeOccurrences(node: QueryNode, fields: Field[]): Occurrence[] {
  const out: Occurrence[] = []
  const phraseAt = (field: Field, i: number, phrase: (string | null)[]) => {
    // a phrase matches consecutive words (stop words of the phrase stand for any word)
    for (let k = 0; k < phrase.length; k++) {
      const tok = field.tokens[i + k]
      if (!tok || (k > 0 && tok.pos !== field.tokens[i].pos + k)) return false
      if (phrase[k] !== null && (tok.stop || tok.word !== phrase[k])) return false
    }
    return true
  }
  for (const field of fields) {
    field.tokens.forEach((tok, i) => {
      if (node.phrase) {
        if (phraseAt(field, i, node.phrase)) out.push({ field, first: i, last: i + node.phrase.length - 1, typos: 0, exact: true })
        return
      }
      if (!tok.stop) {
        const cost = typoCost(node.word!, tok.word, node.prefix, field.exactOnly ? 0 : node.maxTypo)
        if (cost !== null) out.push({ field, first: i, last: i, typos: cost + node.baseTypo, exact: cost === 0 && tok.word === node.word })
      }
      for (const synonym of node.synonyms) {
        if (phraseAt(field, i, synonym)) out.push({ field, first: i, last: i + synonym.length - 1, typos: node.baseTypo, exact: false })
      }
    })
  }
  return out
}

/** Every way to cover the query's terms with nodes (single terms and n-grams): the paths of milli's query graph. */
function tilings(nodes: QueryNode[], count: number): QueryNode[][] {
  const from = (i: number): QueryNode[][] =>
    i >= count ? [[]] : nodes.filter((n) => n.from === i).flatMap((n) => from(n.to + 1).map((rest) => [n, ...rest]))
  return from(0)
}

/**
 * The order in which `words` drops nodes (milli's query_graph.rs): "last" from the end of the
 * query, "frequency" the terms found in the most documents first (terms found nowhere first of
 * all); an n-gram goes with its costliest word; phrases are never dropped, and unless there is
 * one, the last group (the first term, or the rarest terms) is kept.
 */
function removalGroups(nodes: QueryNode[], terms: QueryTerm[], strategy: string, frequency: (term: number) => number): Set<QueryNode>[] {
  if (strategy === "all" || terms.length < 2) return []
  let cost: (term: number) => number
  if (strategy === "frequency") {
    const freq = terms.map((_, i) => ({ i, f: frequency(i) || Number.MAX_SAFE_INTEGER })).sort((a, b) => b.f - a.f)
    const weight = new Map<number, number>()
    let w = 1
    freq.forEach((entry, k) => {
      if (k > 0 && entry.f !== freq[k - 1].f) w++
      weight.set(entry.i, w)
    })
    cost = (i) => weight.get(i)!
  } else cost = (i) => terms.length - i
  const groups = new Map<number, Set<QueryNode>>()
  let mandatory = false
  for (const node of nodes) {
    if (node.phrase) {
      mandatory = true
      continue
    }
    let c = 0
    for (let i = node.from; i <= node.to; i++) c = Math.max(c, cost(i))
    if (!groups.has(c)) groups.set(c, new Set())
    groups.get(c)!.add(node)
  }
  const ordered = [...groups.entries()].sort((a, b) => a[0] - b[0]).map(([, g]) => g)
  if (!mandatory) ordered.pop()
  return ordered
}

const costFromDistance = (d: number) => (d === 0 ? 0 : d === 1 ? 1 : d <= 4 ? 2 : d <= 7 ? 3 : d <= 11 ? 4 : d <= 16 ? 5 : d <= 24 ? 6 : d <= 64 ? 7 : d <= 256 ? 8 : d <= 1024 ? 9 : 10)
/** milli's word pair proximity: forward distance, or backward distance + 1, capped at 8 (MAX_DISTANCE). */
const pairProximity = (left: number, right: number) => Math.min(8, right >= left ? right - left : left - right + 1)

type RankKey = { typo: number; proximity: number; fid: number; position: number; exactAttribute: number; exactness: number }

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

  const stopWords = new Set(settings.stopWords.map((w) => normalize(w)))
  const terms = parseQuery(q, stopWords)
  const nodes = queryNodes(terms, settings)
  const paths = terms.length ? tilings(nodes, terms.length) : []
  const strategy = body.matchingStrategy ?? "last"
  const declared = settings.searchableAttributes
  const fieldsOf = (doc: Doc): Field[] =>
    ((body.attributesToSearchOn ?? searchableAttributes(index, doc)) as string[]).map((attribute) => ({
      attribute,
      // Guess (milli's fieldids_weights_map): with searchableAttributes ["*"] every field weighs the same.
      weight: declared.includes("*") ? 0 : Math.max(0, declared.indexOf(attribute)),
      exactOnly: !settings.typoTolerance.enabled || settings.typoTolerance.disableOnAttributes.includes(attribute),
      tokens: tokenizeField(
        valuesAt(doc, attribute)
          .filter((v) => typeof v === "string" || typeof v === "number")
          .map(String),
        stopWords
      ),
    }))
  const occurrencesOf = (doc: Doc) => {
    const fields = fieldsOf(doc)
    return new Map(nodes.map((node) => [node, nodeOccurrences(node, fields)]))
  }
  const cache = new Map<Doc, Map<QueryNode, Occurrence[]>>()
  const occurrences = (doc: Doc) => {
    if (!cache.has(doc)) cache.set(doc, occurrencesOf(doc))
    return cache.get(doc)!
  }
  const frequency = (term: number) => {
    let count = 0
    for (const doc of index.documents.values()) if (nodes.some((n) => n.from <= term && term <= n.to && occurrences(doc).get(n)!.length)) count++
    return count
  }
  const groups = removalGroups(nodes, terms, strategy, frequency)
  // Meilisearch adds `words` before the first of typo/proximity/attribute/exactness when it is missing
  // (unless the strategy is "all"); milli's get_ranking_rules_for_query_graph_search.
  const rules: string[] = []
  for (const rule of settings.rankingRules) {
    if (["typo", "proximity", "attribute", "exactness"].includes(rule) && !rules.includes("words") && strategy !== "all") rules.push("words")
    if (!rules.includes(rule)) rules.push(rule)
  }
  const maxTypo = Math.max(0, ...paths.map((p) => p.reduce((sum, n) => sum + n.baseTypo + n.maxTypo, 0)))
  const maxWeight = declared.includes("*") ? 0 : Math.max(0, declared.length - 1)

  const exactAttribute = (occ: Map<QueryNode, Occurrence[]>, removed: Set<QueryNode>, fields: Set<Field>) => {
    // milli's exact_attribute.rs: the remaining terms, without a hole from the first one, found exactly
    // at their query positions in one attribute (3 when that attribute has no other word, 2 when it starts so).
    const remaining = nodes.filter((n) => n.from === n.to && !removed.has(n))
    if (!remaining.length || remaining.some((n, k) => n.from !== k)) return 1
    const wanted = remaining.flatMap((n) => (n.phrase ? n.phrase.map((w, k) => ({ w, pos: terms[n.from].pos + k })) : [{ w: n.word, pos: terms[n.from].pos }])).filter((x) => x.w !== null)
    let best = 1
    for (const field of fields) {
      const ok = wanted.every((x) => field.tokens.some((t) => !t.stop && t.word === x.w && t.pos === x.pos))
      if (!ok) continue
      best = Math.max(best, field.tokens.filter((t) => !t.stop).length === wanted.length ? 3 : 2)
    }
    void occ
    return best
  }

  type Ranked = { doc: Doc; level: number; key: RankKey; spans: Map<string, Map<number, { start: number; length: number }[]>> }
  const ruleOrder = (a: RankKey, b: RankKey) => {
    for (const rule of rules) {
      if (rule === "typo" && a.typo !== b.typo) return a.typo - b.typo
      if (rule === "proximity" && a.proximity !== b.proximity) return a.proximity - b.proximity
      if (rule === "attribute" && a.fid !== b.fid) return a.fid - b.fid
      if (rule === "attribute" && a.position !== b.position) return a.position - b.position
      if (rule === "exactness" && a.exactAttribute !== b.exactAttribute) return b.exactAttribute - a.exactAttribute
      if (rule === "exactness" && a.exactness !== b.exactness) return b.exactness - a.exactness
    }
    return 0
  }
  const evaluate = (doc: Doc): Ranked | null => {
    const occ = occurrences(doc)
    const spans: Ranked["spans"] = new Map()
    const empty: RankKey = { typo: 0, proximity: 0, fid: 0, position: 0, exactAttribute: 1, exactness: 0 }
    if (!terms.length) return { doc, level: 0, key: empty, spans }
    for (let level = 0; level <= groups.length; level++) {
      const removed = new Set(groups.slice(0, level).flatMap((g) => [...g]))
      let best: RankKey | null = null
      for (const path of paths) {
        const kept = path.filter((n) => !removed.has(n))
        if (!kept.every((n) => occ.get(n)!.length)) continue
        const key: RankKey = { ...empty }
        const fields = new Set<Field>()
        kept.forEach((node, k) => {
          const list = occ.get(node)!
          for (const o of list) fields.add(o.field)
          const span = node.to - node.from
          key.typo += Math.min(...list.map((o) => o.typos))
          key.fid += Math.min(...list.map((o) => o.field.weight)) * (span + 1)
          key.position += Math.min(...list.map((o) => Array.from({ length: span + 1 }, (_, i) => costFromDistance(Math.abs(o.field.tokens[o.first].pos - node.pos) + i)).reduce((x: number, y: number) => x + y, 0)))
          if (list.some((o) => o.exact)) key.exactness += span + 1
          const previous = kept[k - 1]
          if (!previous || terms[previous.to].posEnd + 1 !== terms[node.from].pos) key.proximity += span
          else {
            let proximity = 8
            for (const a of occ.get(previous)!) for (const b of list) if (a.field === b.field) proximity = Math.min(proximity, pairProximity(a.field.tokens[a.last].pos, b.field.tokens[b.first].pos))
            key.proximity += proximity - 1 + span
          }
        })
        key.exactAttribute = rules.includes("exactness") ? exactAttribute(occ, removed, new Set(fieldsOf(doc))) : 1
        if (!best || ruleOrder(key, best) < 0) best = key
      }
      if (best) {
        // Highlighting marks every word matched by any term of the query (as Meilisearch's matcher).
        for (const list of occ.values())
          for (const o of list)
            for (let i = o.first; i <= o.last; i++) {
              const t = o.field.tokens[i]
              if (!spans.has(o.field.attribute)) spans.set(o.field.attribute, new Map())
              const byValue = spans.get(o.field.attribute)!
              if (!byValue.has(t.value)) byValue.set(t.value, [])
              if (!byValue.get(t.value)!.some((s) => s.start === t.start)) byValue.get(t.value)!.push({ start: t.start, length: t.length })
            }
        return { doc, level, key: best, spans }
      }
    }
    return null
  }
  const matches: Ranked[] = []
  for (const doc of index.documents.values()) {
    if (!predicate(doc)) continue
    const m = evaluate(doc)
    if (m) matches.push(m)
  }

  const sortValue = (doc: Doc, attribute: string) => {
    const values = valuesAt(doc, attribute).filter((v) => typeof v === "number" || typeof v === "string")
    return values.length ? values[0] : undefined
  }
  const compareField = (a: Doc, b: Doc, attribute: string, desc: boolean) => {
    const x = sortValue(a, attribute)
    const y = sortValue(b, attribute)
    if (x === y) return 0
    if (x === undefined) return 1
    if (y === undefined) return -1
    // numbers before strings, as in Meilisearch
    const cmp = typeof x === typeof y ? (x < y ? -1 : 1) : typeof x === "number" ? -1 : 1
    return desc ? -cmp : cmp
  }
  matches.sort((a, b) => {
    for (const rule of rules) {
      if (rule === "words" && a.level !== b.level) return a.level - b.level
      if (rule === "sort") {
        for (const s of sortRules) {
          const c = compareField(a.doc, b.doc, s.attribute, s.desc)
          if (c) return c
        }
        continue
      }
      const custom = rule.match(/^(.+):(asc|desc)$/)
      if (custom) {
        const c = compareField(a.doc, b.doc, custom[1], custom[2] === "desc")
        if (c) return c
        continue
      }
      const c = ruleOrder({ ...a.key, ...pick(a.key, rule) }, { ...b.key, ...pick(b.key, rule) })
      if (c) return c
    }
    return 0
  })
  function pick(key: RankKey, rule: string): RankKey {
    // compare on this one rule only
    const zero: RankKey = { typo: 0, proximity: 0, fid: 0, position: 0, exactAttribute: 1, exactness: 0 }
    if (rule === "typo") return { ...zero, typo: key.typo }
    if (rule === "proximity") return { ...zero, proximity: key.proximity }
    if (rule === "attribute") return { ...zero, fid: key.fid, position: key.position }
    if (rule === "exactness") return { ...zero, exactAttribute: key.exactAttribute, exactness: key.exactness }
    return zero
  }

  /**
   * Meilisearch's _rankingScore (milli's score_details.rs): each rule ranks a hit among its buckets
   * (rank/maxRank, higher is better); the ranks of the rules before the first sort are combined as
   * one mixed-radix number, so the score never increases along the ranking.
   */
  const score = (m: Ranked) => {
    if (!terms.length) return 1
    const ranks: [number, number][] = []
    const wordCount = terms.length
    for (const rule of rules) {
      if (rule === "sort" || /:(asc|desc)$/.test(rule)) break
      if (rule === "words") ranks.push([groups.length + 1 - m.level, groups.length + 1])
      if (rule === "typo") ranks.push([Math.max(1, maxTypo + 1 - m.key.typo), maxTypo + 1])
      if (rule === "proximity") {
        const max = 8 * wordCount
        ranks.push([Math.max(1, max + 1 - m.key.proximity), max + 1])
      }
      if (rule === "attribute") {
        ranks.push([Math.max(1, maxWeight * wordCount + 1 - m.key.fid), maxWeight * wordCount + 1])
        ranks.push([Math.max(1, 10 * wordCount + 1 - m.key.position), 10 * wordCount + 1])
      }
      if (rule === "exactness") {
        ranks.push([m.key.exactAttribute, 3])
        ranks.push([m.key.exactness + 1, wordCount + 1])
      }
    }
    if (!ranks.length) return 1
    let [rank, max] = ranks[0]
    for (const [r, mr] of ranks.slice(1)) {
      rank = (rank - 1) * mr + r
      max *= mr
    }
    return rank / max
  }
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
        const byValue = m.spans.get(attribute)
        let valueIndex = 0
        const spansFor = (value: unknown) => (typeof value === "string" || typeof value === "number" ? (byValue?.get(valueIndex++) ?? []) : [])
        formatted[head] = Array.isArray(source)
          ? source.map((v) => {
              const spans = spansFor(v)
              return typeof v === "string" ? format(v, attribute, spans) : v
            })
          : typeof source === "string"
            ? format(source, attribute, spansFor(source))
            : source
      }
      hit._formatted = formatted
    }
    if (body.showMatchesPosition) hit._matchesPosition = Object.fromEntries([...m.spans].map(([attribute, byValue]) => [attribute, [...byValue.values()].flat()]))
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
