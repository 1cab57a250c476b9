import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, it } from "node:test"
import { PRODUCTS } from "../../../../backend/src/scripts/seed/catalog"
import { ContentError, CONTENT_DIR, isVisible, loadJournal } from "./content"
import { unknownProductReferences } from "./integrity"

const publishedHandles = PRODUCTS.filter((p) => p.status !== "draft").map((p) => p.handle)

describe("the journal in content/", () => {
  it("loads: valid frontmatter, known authors, existing images, unique slugs", async () => {
    const { posts, authors } = await loadJournal(CONTENT_DIR)
    assert.ok(posts.filter((p) => !p.draft).length >= 10, "fewer than 10 published posts")
    assert.ok(authors.length >= 2)
  })

  it("links only to products that are in the catalog", async () => {
    const { posts } = await loadJournal(CONTENT_DIR)
    assert.deepEqual(unknownProductReferences(posts, publishedHandles), [])
  })

  it("gives every published post at least 500 words", async () => {
    const { posts } = await loadJournal(CONTENT_DIR)
    for (const post of posts.filter((p) => !p.draft)) {
      assert.ok(post.rendered.wordCount >= 500, `${post.file} has ${post.rendered.wordCount} words`)
    }
  })

  it("marks the research article with the medical disclaimer and cites its sources as footnotes", async () => {
    const { posts } = await loadJournal(CONTENT_DIR)
    const research = posts.find((p) => p.tags.includes("research"))
    assert.ok(research, "no research post")
    assert.equal(research.disclaimer, "medical")
    const source = readFileSync(join(CONTENT_DIR, "posts", `${research.slug}.md`), "utf8")
    const footnotes = source.split("\n").filter((line) => /^\[\^\d+\]: .*(DOI|https?:\/\/)/.test(line))
    assert.ok(footnotes.length >= 5, `only ${footnotes.length} footnotes with a DOI or URL`)
  })
})

describe("content problems are reported by file, line and fix", () => {
  const dir = join(__dirname, "fixtures", "broken-content")

  it("lists every broken frontmatter field, unknown author, duplicate slug and missing image", async () => {
    const error = await loadJournal(dir).then(
      () => assert.fail("broken content loaded without error"),
      (e: unknown) => e
    )
    assert.ok(error instanceof ContentError)
    const report = error.problems.join("\n")
    assert.match(report, /content\/posts\/bad-frontmatter\.md: frontmatter field `slug` must be lower-case words joined by hyphens/)
    assert.match(report, /bad-frontmatter\.md: frontmatter field `published` must be a date/)
    assert.match(report, /bad-frontmatter\.md: frontmatter field `description` is missing: add it/)
    assert.match(report, /bad-frontmatter\.md: frontmatter field `tags` needs at least one tag/)
    assert.match(report, /bad-frontmatter\.md: frontmatter field `cover` must be a path under content\/images/)
    assert.match(report, /bad-frontmatter\.md: frontmatter field `\(frontmatter\)` has unknown field\(s\) colour/)
    assert.match(report, /copy-of-good-post\.md: slug "good-post" must match the file name/)
    assert.match(report, /good-post\.md: slug "good-post" is already used by content\/posts\/copy-of-good-post\.md/)
    assert.match(report, /copy-of-good-post\.md: author "nobody" has no file content\/authors\/nobody\.md/)
    assert.match(report, /copy-of-good-post\.md: cover image images\/missing-cover\.svg does not exist/)
    assert.match(report, /content\/posts\/good-post\.md:18: image \.\.\/images\/gone\.svg does not exist/)
  })

  it("names the file and line of a link to a product that does not exist", async () => {
    const { posts } = await loadJournal(join(__dirname, "fixtures", "broken-content")).catch(() => ({ posts: [] }))
    // The broken folder does not load as a whole, so check the rule on a post built from it.
    assert.equal(posts.length, 0)
    const fake = [{ productReferences: [{ handle: "imaginary-zafu", where: "content/posts/good-post.md:14" }] }]
    assert.deepEqual(unknownProductReferences(fake as never, publishedHandles), [
      'content/posts/good-post.md:14: product "imaginary-zafu" is not in the catalog (check the handle in the admin)',
    ])
  })
})

describe("visibility", () => {
  const today = new Date("2026-06-01T12:00:00Z")
  it("hides drafts in production but shows them in development", () => {
    assert.equal(isVisible({ draft: true, published: new Date("2026-01-01") }, today, true), false)
    assert.equal(isVisible({ draft: true, published: new Date("2026-01-01") }, today, false), true)
  })
  it("shows a post dated in the future only from its date", () => {
    const post = { draft: false, published: new Date("2026-06-02") }
    assert.equal(isVisible(post, today, true), false)
    assert.equal(isVisible(post, new Date("2026-06-02T00:00:01Z"), true), true)
  })
})
