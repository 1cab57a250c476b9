"use client"
import { usePathname, useSearchParams } from "next/navigation"
import { Suspense } from "react"
import { switchRegionAction } from "@/lib/actions/region"
import { REGION_KEYS, REGION_LABEL, REGION_SHORT_LABEL } from "@/lib/region"
import type { RegionKey } from "@/lib/medusa/types"
import styles from "./Header.module.css"

function PathInput() {
  const pathname = usePathname()
  const query = useSearchParams().toString()
  return <input type="hidden" name="path" value={query ? `${pathname}?${query}` : pathname} />
}

/** Two buttons in a form: works by keyboard, moves to the same page in the other region. */
export function RegionSwitcher({ current }: { current: RegionKey }) {
  const pathname = usePathname()
  return (
    <form action={switchRegionAction} className={styles.region} aria-label="Shipping region and currency">
      <Suspense fallback={<input type="hidden" name="path" value={pathname} />}>
        <PathInput />
      </Suspense>
      {REGION_KEYS.map((key) => (
        <button
          key={key}
          type="submit"
          name="region"
          value={key}
          aria-pressed={key === current}
          title={REGION_LABEL[key]}
          className={styles.regionButton}
        >
          <span aria-hidden="true">{REGION_SHORT_LABEL[key]}</span>
          <span className="visually-hidden">{REGION_LABEL[key]}</span>
        </button>
      ))}
    </form>
  )
}
