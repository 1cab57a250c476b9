"use client"
import Link from "next/link"
import { useEffect } from "react"

export default function RegionError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error)
  }, [error])
  return (
    <div role="alert">
      <h1>Something went wrong</h1>
      <p className="lead">We couldn't load this page just now. Your cart is safe.</p>
      <p>
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>{" "}
        <Link href="/shop" className="button button-secondary">
          Go to the shop
        </Link>
      </p>
    </div>
  )
}
