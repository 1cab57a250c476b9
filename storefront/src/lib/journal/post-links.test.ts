import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, it } from "node:test"
import { toHtml } from "hast-util-to-html"
import { livePostLinks } from "./post-links"
import { renderMarkdown } from "./render"

const FIXTURES = join(__dirname, "fixtures")
const render = async () => {
  const file = join(FIXTURES, "product-links.md")
  return (await renderMarkdown(readFileSync(file, "utf8"), file, { contentDir: FIXTURES, imagePrefix: "/journal-images" })).tree
}

describe("livePostLinks", () => {
  it("points internal links at the reader's region and leaves other sites alone", async () => {
    const html = toHtml(livePostLinks(await render(), "eu", new Set(["classic-round-zafu", "oak-seiza-bench", "wool-zabuton"])))
    assert.match(html, /<a href="\/eu\/products\/classic-round-zafu" data-product-link="classic-round-zafu">Classic Round Zafu<\/a>/)
    assert.match(html, /<a href="\/eu\/categories\/zabutons">/)
    assert.match(html, /<a href="https:\/\/example\.org\/products\/x"/)
  })

  it("turns a link to a product no longer on sale into its text, in prose and in lists", async () => {
    const html = toHtml(livePostLinks(await render(), "us", new Set(["classic-round-zafu"])))
    assert.match(html, /or kneel on the Oak Seiza Bench\./)
    assert.match(html, /<li>A link alone in a list item stays a link\.<\/li>/)
    assert.doesNotMatch(html, /href="[^"]*(oak-seiza-bench|wool-zabuton)/)
    assert.match(html, /<a href="\/us\/products\/classic-round-zafu"/)
    assert.match(html, /<product-card handle="oak-seiza-bench"><\/product-card>/, "the card says so itself")
  })
})
