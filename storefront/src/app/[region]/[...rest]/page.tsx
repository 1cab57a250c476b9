import { notFound } from "next/navigation"

/** Any unknown path under a region: the region's not-found page, with the header. */
export default function CatchAll() {
  notFound()
}
