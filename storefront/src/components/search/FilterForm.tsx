"use client"
import { useRouter } from "next/navigation"
import { useId, useState, useTransition, type FormEvent, type ReactNode } from "react"
import styles from "./FilterForm.module.css"

type Props = {
  action: string
  label: string
  /** Shown on narrow screens, where the form is folded away until asked for. */
  toggleLabel: string
  /** The URL's query: a new one rebuilds the form, so back/forward shows the URL's choices. */
  resetKey: string
  className?: string
  /**
   * "document": apply with a full page load. For a prerendered page (the shop's first page), whose
   * client-side router entry does not vary with the query string: a client navigation from it to
   * "?fill=…" can be answered from that entry, showing the unfiltered page under the new address.
   */
  navigation?: "client" | "document"
  children: ReactNode
}

/**
 * A GET form for a listing's facets (the shop's, the search results'). Ticking a box or
 * choosing an order applies it at once; the price boxes apply on submit. Empty fields stay
 * out of the URL. Without JavaScript it is a plain GET form.
 */
export function FilterForm({ action, label, toggleLabel, resetKey, className, navigation = "client", children }: Props) {
  const router = useRouter()
  const id = useId()
  const [pending, startTransition] = useTransition()
  const [unfolded, setUnfolded] = useState(false)

  const apply = (form: HTMLFormElement) => {
    const params = new URLSearchParams()
    for (const [key, value] of new FormData(form)) if (typeof value === "string" && value.trim() !== "") params.append(key, value.trim())
    const query = params.toString()
    const url = query ? `${action}?${query}` : action
    if (navigation === "document") window.location.assign(url)
    else startTransition(() => router.push(url, { scroll: false }))
  }

  return (
    <div>
      <button
        type="button"
        className={`button button-secondary ${styles.toggle}`}
        aria-expanded={unfolded}
        aria-controls={id}
        onClick={() => setUnfolded(!unfolded)}
      >
        {toggleLabel}
      </button>
      <form
        key={resetKey}
        id={id}
        action={action}
        method="get"
        aria-label={label}
        // The boxes show the URL's choices: without this, going back restores the ones last ticked on that page.
        autoComplete="off"
        aria-busy={pending}
        className={`${className ?? ""} ${styles.form} ${unfolded ? styles.unfolded : ""}`}
        onChange={(event: FormEvent<HTMLFormElement>) => {
          const field = event.target
          if ((field instanceof HTMLInputElement && field.type === "checkbox") || field instanceof HTMLSelectElement) apply(event.currentTarget)
        }}
        onSubmit={(event) => {
          event.preventDefault()
          apply(event.currentTarget)
        }}
      >
        {children}
      </form>
    </div>
  )
}
