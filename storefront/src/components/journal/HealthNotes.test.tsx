/** The health notice chosen by a post's kind, and the review line shown only for a reviewed post. */
import assert from "node:assert/strict"
import { describe, it } from "node:test"
import type { Review } from "@stillpoint/content"
import { renderToStaticMarkup } from "react-dom/server"
import { HealthNotice, ReviewedBy } from "./HealthNotes"

const review: Review = {
  by: { slug: "ruth-adeyemi", name: "Ruth Adeyemi", role: "Journal editor", bio: "Edits the journal and checks its sources.", about: "", reviews: ["editorial"] },
  date: new Date("2026-11-10"),
  kind: "editorial",
}

describe("HealthNotice", () => {
  it("tells a research summary's reader it summarises published research", () => {
    const html = renderToStaticMarkup(<HealthNotice kind="research-summary" />)
    assert.match(html, /data-kind="research-summary"/)
    assert.match(html, /This article summarises published research/)
  })
  it("never says a practical guide summarises research", () => {
    const html = renderToStaticMarkup(<HealthNotice kind="practical-guidance" />)
    assert.match(html, /Not medical advice/)
    assert.match(html, /practical experience from teaching meditation/)
    assert.doesNotMatch(html, /research/i)
  })
})

describe("ReviewedBy", () => {
  it("names the reviewer, their role and the date, and says an editorial review is not a medical one", () => {
    const html = renderToStaticMarkup(<ReviewedBy review={review} authorHref="/eu/journal/author/ruth-adeyemi" />)
    const text = html.replace(/<[^>]+>/g, "")
    assert.equal(
      text,
      "Reviewed by Ruth Adeyemi, Journal editor, on 10 November 2026 (an editorial review of the sources and claims, not a medical review)"
    )
    assert.match(html, /<a href="\/eu\/journal\/author\/ruth-adeyemi">Ruth Adeyemi<\/a>/)
    assert.match(html, /<time dateTime="2026-11-10T00:00:00.000Z">/)
  })
})
