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
  children: ReactNode
}

/**
 * A GET form for a listing's facets (the shop's, the search results'). Ticking a box or
 * choosing an order applies it at once; the price boxes apply on submit. Empty fields stay
 * out of the URL. Without JavaScript it is a plain GET form.
 */
export function FilterForm({ action, label, toggleLabel, resetKey, className, children }: Props) {
  const router = useRouter()
  const id = useId()
  const [pending, startTransition] = useTransition()
  const [unfolded, setUnfolded] = useState(false)

  const apply = (form: HTMLFormElement) => {
    const params = new URLSearchParams()
    for (const [key, value] of new FormData(form)) if (typeof value === "string" && value.trim() !== "") params.append(key, value.trim())
    const query = params.toString()
    startTransition(() => router.push(query ? `${action}?${query}` : action, { scroll: false }))
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
