/** The loader and the frontmatter schema, on the real journal and on fixture folders. */
import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, it } from "node:test"
import { contentDir } from "./content-dir.js"
import { unknownProductReferences } from "./integrity.js"
import { ContentError, loadJournal, readJournal } from "./journal.js"
import { postFrontmatter } from "./schema.js"

const FIXTURES = join(import.meta.dirname, "fixtures")

describe("the journal in content/", () => {
  it("loads: valid frontmatter, known authors, existing images, unique slugs", async () => {
    const { posts, authors } = await loadJournal()
    assert.ok(posts.filter((p) => !p.draft).length >= 10, "fewer than 10 published posts")
    assert.ok(authors.length >= 2)
  })

  it("marks the research article with the medical disclaimer and cites its sources as footnotes", async () => {
    const { posts } = await loadJournal()
    const research = posts.find((p) => p.tags.includes("research"))
    assert.ok(research, "no research post")
    assert.equal(research.disclaimer, "medical")
    const footnotes = research.tree.children.filter((node) => node.type === "footnoteDefinition")
    const cited = footnotes.filter((node) => /DOI|https?:\/\//.test(readFileSync(research.path, "utf8").slice(node.position?.start.offset, node.position?.end.offset)))
    assert.ok(cited.length >= 5, `only ${cited.length} footnotes with a DOI or URL`)
  })

  it("is found in this package's folder, or where CONTENT_DIR says (from the repository root)", () => {
    assert.equal(contentDir({}), join(import.meta.dirname, ".."))
    assert.equal(contentDir({ CONTENT_DIR: "content" }), join(import.meta.dirname, ".."))
    assert.equal(contentDir({ CONTENT_DIR: "/tmp/journal" }), "/tmp/journal")
  })
})

describe("a post's product references", () => {
  it("are the frontmatter's products, then cards, then links in prose; each with its file and line", async () => {
    const { posts } = await loadJournal(join(FIXTURES, "scheduling"))
    const live = posts.find((post) => post.slug === "live")
    assert.ok(live)
    assert.deepEqual(live.productReferences, [
      { handle: "tall-crescent-zafu", where: "content/posts/live.md:14" },
      { handle: "classic-round-zafu", where: "content/posts/live.md:12" },
    ])
    assert.deepEqual(live.productHandles, ["tall-crescent-zafu", "classic-round-zafu"])
  })
})

describe("frontmatter", () => {
  const valid = {
    title: "A post",
    slug: "a-post",
    description: "A description long enough to be an excerpt.",
    published: "2026-01-01",
    author: "ana",
    tags: ["practice"],
    cover: "images/meadow.svg",
    coverAlt: "A meadow",
  }

  it("accepts a complete post", () => {
    assert.ok(postFrontmatter.safeParse(valid).success)
  })
  it("takes no slug from the file name: a post without one is rejected", () => {
    const { slug: _slug, ...withoutSlug } = valid
    assert.equal(postFrontmatter.safeParse(withoutSlug).success, false)
  })
  it('takes draft as a YAML boolean only: draft: "true" is rejected, not read as true', () => {
    assert.equal(postFrontmatter.safeParse({ ...valid, draft: "true" }).success, false)
  })
})

describe("content problems are reported by file, line and fix", () => {
  it("lists every broken frontmatter field, unknown author, duplicate slug and missing image", async () => {
    const error = await loadJournal(join(FIXTURES, "broken-content")).then(
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
  })

  it("names the file and line of a link to a product that does not exist", async () => {
    const { posts } = await readJournal(join(FIXTURES, "broken-content"))
    assert.deepEqual(unknownProductReferences(posts, ["classic-round-zafu"]), [
      'content/posts/good-post.md:14: product "imaginary-zafu" is not in the catalog (check the handle in the admin)',
    ])
  })
})
