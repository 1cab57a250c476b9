"use client"
import { useRouter } from "next/navigation"
import { lazy, Suspense, useEffect, useId, useRef, useState, type FocusEvent, type FormEvent, type KeyboardEvent, type MouseEvent } from "react"
import type { RegionKey, SearchSuggestions } from "@/lib/medusa/types"
import { MAX_QUERY_LENGTH } from "@/lib/search-query"
import type { OptionProps } from "./SuggestionGroups"
import styles from "./SearchBox.module.css"

// The options' markup (thumbnails, highlights, prices) is fetched when the visitor first focuses the box.
const loadSuggestionGroups = () => import("./SuggestionGroups")
const SuggestionGroups = lazy(() => loadSuggestionGroups().then((module) => ({ default: module.SuggestionGroups })))

/** Wait for a pause in typing before asking; each keystroke cancels the request before it. */
const DEBOUNCE_MS = 150
/** One letter matches most of the catalogue; suggestions start at two. */
const MIN_CHARS = 2

type Answer = { q: string; suggestions: SearchSuggestions } | { q: string; failed: true }

/**
 * The header's search: an ARIA combobox whose listbox holds products, journal posts and
 * a last option for the full results page. Focus never leaves the input; the active
 * option is announced through aria-activedescendant. Without JavaScript the form still
 * submits to the results page.
 */
export function SearchBox({ region }: { region: RegionKey }) {
  const router = useRouter()
  const id = useId()
  const listboxId = `${id}-listbox`
  const inputRef = useRef<HTMLInputElement>(null)
  const [query, setQuery] = useState("")
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)

  const q = query.trim()
  useEffect(() => {
    if (q.length < MIN_CHARS) return
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/search?${new URLSearchParams({ q, region })}`, { signal: controller.signal })
        if (!response.ok) throw new Error(`search answered ${response.status}`)
        const suggestions = (await response.json()) as SearchSuggestions
        if (controller.signal.aborted) return
        setAnswer({ q, suggestions })
      } catch {
        if (controller.signal.aborted) return
        setAnswer({ q, failed: true })
      }
      setActive(-1)
    }, DEBOUNCE_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [q, region])

  // "/" focuses the search from anywhere on the page, unless the visitor is typing.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return
      const target = event.target
      if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return
      event.preventDefault()
      inputRef.current?.focus()
    }
    document.addEventListener("keydown", onKey)
    return () => document.removeEventListener("keydown", onKey)
  }, [])

  // The last answer stays up while the next one is on its way, so the list doesn't flicker.
  const shown = q.length >= MIN_CHARS ? answer : null
  const suggestions = shown && "suggestions" in shown ? shown.suggestions : null
  const products = suggestions?.products.hits ?? []
  const posts = suggestions?.posts.hits ?? []
  const resultsHref = `/${region}/search?${new URLSearchParams({ q })}`
  const options = [
    ...products.map((product) => ({ id: `${id}-product-${product.id}`, href: `/${region}/products/${product.handle}` })),
    ...posts.map((post) => ({ id: `${id}-post-${post.id}`, href: `/${region}/journal/${post.slug}` })),
    { id: `${id}-all`, href: resultsHref },
  ]
  const expanded = open && shown !== null
  const activeOption = expanded && active >= 0 ? options[active] : undefined

  useEffect(() => {
    if (activeOption) document.getElementById(activeOption.id)?.scrollIntoView({ block: "nearest" })
  }, [activeOption])

  const go = (href: string) => {
    setOpen(false)
    setActive(-1)
    setQuery("")
    router.push(href)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case "ArrowDown":
      case "ArrowUp": {
        if (!shown) return
        event.preventDefault()
        const step = event.key === "ArrowDown" ? 1 : -1
        setOpen(true)
        // From no active option, Down goes to the first and Up to the last; both wrap.
        setActive((current) => (!expanded || current < 0 ? (step > 0 ? 0 : options.length - 1) : (current + step + options.length) % options.length))
        return
      }
      case "Enter":
        if (activeOption) {
          event.preventDefault()
          go(activeOption.href)
        }
        // With no active option the form submits to the results page.
        return
      case "Escape":
        event.preventDefault()
        if (expanded) {
          setOpen(false)
          setActive(-1)
        } else {
          setQuery("")
        }
        return
    }
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (q) go(resultsHref)
  }

  const onBlur = (event: FocusEvent<HTMLFormElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false)
  }

  const optionProps: OptionProps = (index) => ({
    role: "option",
    id: options[index].id,
    "aria-selected": index === active,
    className: `${styles.option} ${index === active ? styles.active : ""}`,
    // Keep focus in the input: a click chooses the option without blurring the combobox.
    onMouseDown: (event: MouseEvent) => event.preventDefault(),
    onMouseMove: () => setActive(index),
    onClick: () => go(options[index].href),
  })

  const status = !shown
    ? ""
    : "failed" in shown
      ? "Search is unavailable right now. Press Enter to try the results page."
      : `${plural(shown.suggestions.products.total, "product")} and ${plural(shown.suggestions.posts.total, "journal post")} found.`

  return (
    // biome-ignore lint/a11y/useSemanticElements: <form role="search"> is the search landmark's long-standing pattern; the newer <search> element is not yet announced by every screen reader we support
    <form role="search" aria-label="Site" action={`/${region}/search`} method="get" className={styles.search} onSubmit={onSubmit} onBlur={onBlur}>
      <label htmlFor={`${id}-input`} className="visually-hidden">
        Search products and the journal
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        className={styles.input}
        type="text"
        name="q"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-activedescendant={activeOption?.id}
        aria-autocomplete="list"
        aria-keyshortcuts="/"
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        maxLength={MAX_QUERY_LENGTH}
        placeholder="Search cushions and the journal"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value)
          setActive(-1)
          setOpen(true)
        }}
        onFocus={() => {
          setOpen(true)
          void loadSuggestionGroups()
        }}
        onKeyDown={onKeyDown}
      />
      <button type="submit" className={styles.submit} aria-label="Search">
        <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18">
          <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M15.5 15.5 21 21" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      </button>
      <div className={styles.popup} hidden={!expanded}>
        {shown && "failed" in shown && <p className={styles.message}>Search is unavailable right now.</p>}
        {suggestions && !products.length && !posts.length && (
          <p className={styles.message}>No products or posts match “{q}”.</p>
        )}
        <div role="listbox" id={listboxId} aria-label="Search suggestions" className={styles.listbox}>
          {(products.length > 0 || posts.length > 0) && (
            <Suspense fallback={null}>
              <SuggestionGroups id={id} products={products} posts={posts} optionProps={optionProps} />
            </Suspense>
          )}
          <div {...optionProps(options.length - 1)}>
            <span className={styles.all}>See all results for “{q}”</span>
          </div>
        </div>
      </div>
      <div role="status" className="visually-hidden">
        {expanded ? status : ""}
      </div>
    </form>
  )
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`
