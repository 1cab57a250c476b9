import type { ReactNode } from "react"
import styles from "./Checkout.module.css"

export const stepHeadingId = (number: number) => `step-${number}`

/**
 * One checkout step. Its heading takes focus from script (tabIndex -1) so that, once a step is
 * saved, focus moves on to the next one instead of back to the top of the page.
 */
export function Step({ number, title, done, children }: { number: number; title: string; done: boolean; children: ReactNode }) {
  return (
    <section className={`card ${styles.step}`} aria-labelledby={stepHeadingId(number)}>
      <h2 id={stepHeadingId(number)} tabIndex={-1}>
        <span className={styles.stepNumber} aria-hidden="true">
          {number}
        </span>
        {title}
        {done && <span className={styles.done}>✓ done</span>}
      </h2>
      {children}
    </section>
  )
}
