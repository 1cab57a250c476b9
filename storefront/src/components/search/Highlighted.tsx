import { Fragment } from "react"
import type { HighlightPart } from "@/lib/medusa/types"

/** Search result text with the matched words in <mark>; every run is a React text node. */
export function Highlighted({ parts }: { parts: HighlightPart[] }) {
  return parts.map((part, index) => (part.matched ? <mark key={index}>{part.text}</mark> : <Fragment key={index}>{part.text}</Fragment>))
}
