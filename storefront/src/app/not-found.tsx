import Link from "next/link"

/** Outside a region (rare: the proxy adds one): a plain page that leads back in. */
export default function RootNotFound() {
  return (
    <main id="content" className="container">
      <p>
        <Link href="/">Stillpoint</Link>
      </p>
      <h1>We couldn't find that page</h1>
      <p>
        <Link href="/shop" className="button">
          Go to the shop
        </Link>
      </p>
    </main>
  )
}
