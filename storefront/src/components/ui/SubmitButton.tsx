"use client"
import type { ReactNode } from "react"
import { useFormStatus } from "react-dom"

/**
 * A submit button that disables itself while its form's action runs (or, for a form submitted by
 * its own script, while `busy`).
 */
export function SubmitButton({
  children,
  pendingText,
  className = "button",
  disabled,
  busy = false,
  name,
  value,
  testId,
}: {
  children: ReactNode
  pendingText?: string
  className?: string
  disabled?: boolean
  busy?: boolean
  name?: string
  value?: string
  testId?: string
}) {
  const pending = useFormStatus().pending || busy
  return (
    <button
      type="submit"
      className={className}
      disabled={pending || disabled}
      aria-disabled={pending || disabled}
      name={name}
      value={value}
      data-testid={testId}
    >
      {pending && pendingText ? pendingText : children}
    </button>
  )
}
