import { Fragment } from "react"
import type { HighlightPart } from "@/lib/medusa/types"

/** Search result text with the matched words in <mark>; every run is a React text node. */
export function Highlighted({ parts }: { parts: HighlightPart[] }) {
  return parts.map((part, index) =>
    part.matched ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: the runs of one string, in order; they never reorder, and the same words can repeat
      <mark key={index}>{part.text}</mark>
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: the runs of one string, in order; they never reorder, and the same words can repeat
      <Fragment key={index}>{part.text}</Fragment>
    )
  )
}
