"use client"
import { useEffect, type RefObject } from "react"
import type { FormState } from "@/lib/actions/state"

/**
 * Moves focus once a form's action has answered. Without it focus stays on the submit button,
 * or falls to the page's top when the button is disabled while pending, and a keyboard or
 * screen reader user has to find their way back. After an error: the first invalid field, else
 * the form's message. After success: `nextId` (e.g. the next checkout step's heading), else the
 * form's message.
 */
export function useFocusAfterSubmit(state: FormState, form: RefObject<HTMLFormElement | null>, nextId?: string) {
  useEffect(() => {
    if (state.status === "idle") return
    const within = (selector: string) => form.current?.querySelector<HTMLElement>(selector) ?? null
    const message = () => within('[role="alert"], [role="status"]')
    const target =
      state.status === "error"
        ? (within('[aria-invalid="true"]') ?? message())
        : ((nextId ? document.getElementById(nextId) : null) ?? message())
    target?.focus()
  }, [state, form, nextId])
}
