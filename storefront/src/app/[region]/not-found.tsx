import Link from "next/link"

export default function NotFound() {
  return (
    <>
      <h1>We couldn't find that page</h1>
      <p className="lead">It may have moved, or the link may be mistyped. The cushions are all still here.</p>
      <p>
        <Link href="/shop" className="button">
          Go to the shop
        </Link>
      </p>
    </>
  )
}
