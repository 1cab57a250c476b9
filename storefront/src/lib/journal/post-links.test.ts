import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { renderMarkdown } from "@stillpoint/content/render"
import type { Root } from "hast"
import { toHtml } from "hast-util-to-html"
import { livePostLinks } from "./post-links"

const POST = [
  "Sit on the [Classic Round Zafu](/products/classic-round-zafu) or kneel on the [Oak Seiza Bench](/products/oak-seiza-bench/).",
  "A [category page](/categories/zabutons) and [another site](https://example.org/products/x) are not product links.",
  "",
  "[Oak Seiza Bench](/products/oak-seiza-bench)",
  "",
  "- [A link alone in a list item](/products/wool-zabuton) stays a link.",
].join("\n")

/** The post's HTML segments as one tree (its card is a segment of its own, not HTML). */
async function render(): Promise<Root> {
  const { segments } = await renderMarkdown(POST, undefined, { contentDir: "/nowhere", imagePrefix: "/journal-images" })
  return { type: "root", children: segments.flatMap((segment) => (segment.kind === "html" ? segment.tree.children : [])) }
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
  })

  it("names the post on its product links, and only on those, so the product page can credit it", async () => {
    const html = toHtml(livePostLinks(await render(), "us", new Set(["classic-round-zafu", "oak-seiza-bench", "wool-zabuton"]), "zafu-or-bench"))
    assert.match(html, /<a href="\/us\/products\/classic-round-zafu\?from=zafu-or-bench" data-product-link="classic-round-zafu">/)
    assert.match(html, /<a href="\/us\/products\/oak-seiza-bench\/\?from=zafu-or-bench"/)
    assert.match(html, /<a href="\/us\/categories\/zabutons">/)
    assert.match(html, /<a href="https:\/\/example\.org\/products\/x"/)
  })
})
