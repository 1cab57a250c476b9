"use client"
import type { ReactNode } from "react"
import { useFormStatus } from "react-dom"

/** A submit button that disables itself while its form's action runs. */
export function SubmitButton({
  children,
  pendingText,
  className = "button",
  disabled,
  name,
  value,
  testId,
}: {
  children: ReactNode
  pendingText?: string
  className?: string
  disabled?: boolean
  name?: string
  value?: string
  testId?: string
}) {
  const { pending } = useFormStatus()
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
