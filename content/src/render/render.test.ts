/**
 * Fixture tests for the journal pipeline and each of its plugins: fixtures/<name>.md in,
 * fixtures/<name>.html out. After a deliberate change, regenerate the expected HTML with
 * UPDATE_FIXTURES=1 and read the diff before committing it.
 */
import assert from "node:assert/strict"
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, it } from "node:test"
import { contentDir } from "../content-dir.js"
import { loadJournal, readJournal } from "../journal.js"
import { parseMarkdown } from "../markdown.js"
import { productReferences } from "../product-references.js"
import { SHOP_NOTE_LABEL } from "../health.js"
import { productCardHandles, renderMarkdown, renderPost, segmentsToHtml, type Segment } from "./index.js"

const FIXTURES = join(import.meta.dirname, "fixtures")
const options = { contentDir: FIXTURES, imagePrefix: "/journal-images" }
const source = (name: string) => readFileSync(join(FIXTURES, `${name}.md`), "utf8")
/** The rendered fixture, its cards written back as the element the pipeline marks them with. */
const render = async (name: string) => {
  const rendered = await renderMarkdown(source(name), join(FIXTURES, `${name}.md`), options)
  const html = segmentsToHtml(rendered.segments, (handle) => ({ type: "element", tagName: "product-card", properties: { handle }, children: [] }))
  return { ...rendered, html }
}
const references = (name: string) => productReferences(parseMarkdown(source(name)))
/** HTML holding nothing but the footnotes' section (and the whitespace around it). */
const isOnlyFootnotes = (segment: Segment) =>
  segment.kind === "html" &&
  segment.tree.children.every((node) => (node.type === "text" && !node.value.trim()) || (node.type === "element" && node.tagName === "section" && "dataFootnotes" in node.properties))

describe("journal pipeline fixtures (Markdown in, HTML out)", () => {
  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith(".md"))) {
    const name = file.replace(/\.md$/, "")
    it(name, async () => {
      const { html } = await render(name)
      const expectedFile = join(FIXTURES, `${name}.html`)
      // Only on request: a missing expected file is a failure, never written and passed.
      if (process.env.UPDATE_FIXTURES === "1") writeFileSync(expectedFile, `${html}\n`)
      assert.ok(existsSync(expectedFile), `fixtures/${name}.html is missing: write it with UPDATE_FIXTURES=1 and read it before committing`)
      assert.equal(`${html}\n`, readFileSync(expectedFile, "utf8"))
    })
  }
})

describe("remark-product-directive", () => {
  it("turns ::product into a product segment, and the reference records its handle and line", async () => {
    const result = await render("product-directive")
    assert.deepEqual(
      result.segments.filter((segment) => segment.kind === "product"),
      [{ kind: "product", handle: "crescent-zafu" }]
    )
    assert.match(result.html, /<product-card handle="crescent-zafu"><\/product-card>/)
    assert.deepEqual(references("product-directive"), [{ handle: "crescent-zafu", kind: "card", line: 3 }])
  })
  it("warns about a directive without a handle and leaves prose colons alone", async () => {
    const result = await render("product-directive")
    assert.ok(result.warnings.some((w) => /needs a handle/.test(w.message) && w.line === 5))
    assert.doesNotMatch(result.html, /<div><\/div>/, "the handle-less directive left an empty element")
    assert.match(result.html, /3:1/)
    assert.match(result.html, /note:this/)
  })
})

describe("remark-shop-note", () => {
  it("turns :::shop into a shop-note segment that starts with its label and keeps its cards live", async () => {
    const result = await render("shop-note")
    const note = result.segments.find((segment) => segment.kind === "shop-note")
    assert.ok(note, "no shop-note segment")
    const [label, ...rest] = note.segments
    assert.equal(label.kind, "html")
    assert.match(result.html, /<aside aria-label="From the Stillpoint shop"><p><strong>From the Stillpoint shop<\/strong><\/p>/)
    assert.deepEqual(
      rest.filter((segment) => segment.kind === "product"),
      [{ kind: "product", handle: "crescent-zafu" }]
    )
    assert.deepEqual(productCardHandles(result.segments), ["crescent-zafu"])
  })
  it("warns about a shop block that is not at the top level", async () => {
    const result = await render("shop-note")
    assert.ok(result.warnings.some((w) => /`:::shop` must stand at the top level/.test(w.message) && w.line === 9), JSON.stringify(result.warnings))
  })
})

describe("remark-product-links", () => {
  it("marks links to /products/<handle> with their product, and no absolute URL", async () => {
    const result = await render("product-links")
    assert.match(result.html, /href="\/products\/classic-round-zafu" data-product-link="classic-round-zafu"/)
    assert.match(result.html, /href="\/products\/oak-seiza-bench\/" data-product-link="oak-seiza-bench"/)
    assert.doesNotMatch(result.html, /href="https:\/\/example\.org\/products\/x"[^>]*data-product-link/)
  })
  it("turns a paragraph that is only a product link into a product card", async () => {
    const result = await render("product-links")
    assert.deepEqual(
      result.segments.filter((segment) => segment.kind === "product"),
      [{ kind: "product", handle: "oak-seiza-bench" }]
    )
    assert.match(result.html, /<product-card handle="oak-seiza-bench"><\/product-card>/)
    assert.match(result.html, /<li><a href="\/products\/wool-zabuton"/, "a link in a list item must stay a link")
  })
})

describe("remark-gfm and footnotes", () => {
  it("renders tables with alignment, task lists and footnotes whose links resolve", async () => {
    const { html } = await render("gfm")
    assert.match(html, /<table>/)
    assert.match(html, /<td align="right">firm, shifts<\/td>/)
    assert.match(html, /type="checkbox" checked disabled/)
    const ref = html.match(/href="#(user-content-fn-1)"/)
    assert.ok(ref, "no footnote reference")
    assert.match(html, new RegExp(`id="${ref[1]}"`), "footnote reference points at nothing")
  })
})

describe("rehype-slug and rehype-toc", () => {
  it("gives headings ids and lists h2/h3 as the table of contents", async () => {
    const result = await render("headings-toc")
    assert.deepEqual(result.toc, [
      { id: "section-why-height-matters", text: "Why height matters", depth: 2 },
      { id: "section-knees-below-hips", text: "Knees below hips", depth: 3 },
      { id: "section-choosing-a-seat", text: "Choosing a seat", depth: 2 },
    ])
  })
})

describe("remark-smartypants", () => {
  it("uses curly quotes, dashes and ellipses", async () => {
    const { html } = await render("typography")
    assert.match(html, /“Sit still,” she said — and don’t rush… It’s/)
  })
})

describe("rehype-external-links", () => {
  it("opens external links in a new tab, says so, and leaves internal links alone", async () => {
    const { html } = await render("external-links")
    assert.match(html, /<a href="https:\/\/pmc\.ncbi\.nlm\.nih\.gov\/articles\/PMC5729569" class="external-link" rel="noopener noreferrer" target="_blank">study<span><span class="visually-hidden"> \(opens in a new tab\)<\/span><\/span><\/a>/)
    assert.match(html, /<a href="\/products\/zabuton-cover" data-product-link="zabuton-cover">care guide<\/a>/)
  })
})

describe("rehype-local-images", () => {
  it("sets real width and height, lazy loading and the public URL; reports missing files", async () => {
    const result = await render("images")
    assert.match(result.html, /<img src="\/journal-images\/images\/meadow\.svg" alt="A green meadow" width="640" height="360" loading="lazy" decoding="async">/)
    assert.ok(result.warnings.some((w) => w.message.includes("images/nowhere.svg does not exist") && w.line === 3))
  })
})

describe("rehype-sanitize", () => {
  it("lets no script, event handler, javascript: URL or iframe through", async () => {
    const { html } = await render("hostile-html")
    assert.doesNotMatch(html, /<script|<iframe|<svg|javascript:/i)
    assert.doesNotMatch(html, /\son\w+=/i, "an event handler attribute survived")
    assert.doesNotMatch(html, /style=/i)
    assert.match(html, /<kbd>Ctrl<\/kbd>/, "harmless HTML should be kept")
  })
  it("removes raw <product-card> HTML, with a warning: cards come only from ::product", async () => {
    const result = await render("hostile-html")
    assert.doesNotMatch(result.html, /product-card/)
    assert.ok(result.warnings.some((w) => w.message.includes("raw <product-card> HTML is removed") && w.line === 17), JSON.stringify(result.warnings))
  })
  it("keeps no hand-written id or name that could replace the page's globals", async () => {
    const { html } = await render("hostile-html")
    assert.doesNotMatch(html, /name="createElement"|id="__next_f"/)
    assert.match(html, /<h2 id="section-__next_f">/, "a heading's id is prefixed")
    assert.match(html, /<a id="user-content-kept" href="#user-content-kept">/)
  })
  it("keeps footnote ids and the links between them", async () => {
    const { html } = await render("gfm")
    assert.match(html, /<a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="" aria-describedby="footnote-label">/)
    assert.match(html, /<h2 class="sr-only" id="footnote-label">/)
    assert.match(html, /<li id="user-content-fn-1">/)
  })
})

describe("the journal's posts, rendered", () => {
  it("render without warnings, each published one with at least 500 words", async () => {
    const { posts } = await loadJournal()
    for (const post of posts) {
      const rendered = await renderPost(post, { contentDir: contentDir(), imagePrefix: "/journal-images" })
      assert.deepEqual(rendered.warnings, [], post.file)
      if (!post.draft) assert.ok(rendered.wordCount >= 500, `${post.file} has ${rendered.wordCount} words`)
    }
  })

  it("label the shop's block on every health post that links products, and hold all its product cards there", async () => {
    const { posts } = await loadJournal()
    const health = posts.filter((post) => post.health && post.productHandles.length > 0)
    assert.ok(health.length >= 3)
    for (const post of health) {
      const { segments } = await renderPost(post, { contentDir: contentDir(), imagePrefix: "/journal-images" })
      const notes = segments.filter((segment): segment is Extract<Segment, { kind: "shop-note" }> => segment.kind === "shop-note")
      assert.equal(notes.length, 1, `${post.file} has ${notes.length} shop blocks`)
      const after = segments.slice(segments.indexOf(notes[0]) + 1)
      assert.ok(after.every(isOnlyFootnotes), `${post.file}: something other than footnotes follows the shop block`)
      const html = segmentsToHtml(notes[0].segments, (handle) => ({ type: "element", tagName: "product-card", properties: { handle }, children: [] }))
      assert.ok(html.startsWith(`<p><strong>${SHOP_NOTE_LABEL}</strong></p>`), `${post.file}: the shop block is not labelled`)
      assert.deepEqual(
        segments.filter((segment) => segment.kind === "product"),
        [],
        `${post.file} shows a product card outside the shop block`
      )
    }
  })

  it("report a missing image with the file and line it is on", async () => {
    const dir = join(import.meta.dirname, "..", "fixtures", "broken-content")
    const post = (await readJournal(dir)).posts.find((p) => p.slug === "good-post" && p.file.endsWith("/good-post.md"))
    assert.ok(post)
    const rendered = await renderPost(post, { contentDir: dir, imagePrefix: "/journal-images" })
    assert.ok(rendered.warnings.some((w) => /^content\/posts\/good-post\.md:18: image \.\.\/images\/gone\.svg does not exist/.test(w)), rendered.warnings.join("\n"))
  })
})
