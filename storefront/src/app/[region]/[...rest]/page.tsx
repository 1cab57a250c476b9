import { notFound } from "next/navigation"

// Rendered per request and never written to the page cache: every made-up address lands here,
// and a static 404 would be stored once per address (unbounded disk growth).
export const dynamic = "force-dynamic"

/** Any unknown path under a region: the region's not-found page, with the header. */
export default function CatchAll() {
  notFound()
}
