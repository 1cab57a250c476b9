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

  it("marks the research article as a research summary, reviewed, citing its sources as footnotes", async () => {
    const { posts } = await loadJournal()
    const research = posts.find((p) => p.tags.includes("research"))
    assert.ok(research, "no research post")
    assert.equal(research.health, "research-summary")
    assert.equal(research.reviewed?.kind, "editorial", "no medical reviewer is named in content/authors: the review must say it was editorial")
    const footnotes = research.tree.children.filter((node) => node.type === "footnoteDefinition")
    const cited = footnotes.filter((node) => /DOI|https?:\/\//.test(readFileSync(research.path, "utf8").slice(node.position?.start.offset, node.position?.end.offset)))
    assert.ok(cited.length >= 5, `only ${cited.length} footnotes with a DOI or URL`)
  })

  it("says what kind of health post every post tagged health or research is", async () => {
    const { posts } = await loadJournal()
    const health = posts.filter((p) => p.tags.some((tag) => tag === "health" || tag === "research"))
    assert.ok(health.length >= 3)
    for (const post of health) assert.ok(post.health, `${post.file} has no health kind`)
    assert.equal(posts.find((p) => p.slug === "sitting-with-a-bad-back")?.health, "practical-guidance")
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

describe("editorial care for health posts (fixtures/health-posts)", () => {
  const problemsOf = async () => (await readJournal(join(FIXTURES, "health-posts"))).problems
  const of = (problems: string[], slug: string) => problems.filter((problem) => problem.startsWith(`content/posts/${slug}.md`))

  it("passes a sourced, reviewed research summary whose products are in the shop block at its end", async () => {
    assert.deepEqual(of(await problemsOf(), "good-summary"), [])
  })
  it("requires a health kind on a post tagged health or research", async () => {
    assert.match(of(await problemsOf(), "untyped-health").join("\n"), /frontmatter field `health` is missing on a post tagged health or research/)
  })
  it("requires `reviewed` on a research summary", async () => {
    assert.match(of(await problemsOf(), "unreviewed-summary").join("\n"), /frontmatter field `reviewed` is missing on a research summary/)
  })
  it("accepts a review only from an author whose file allows that kind of review", async () => {
    const problems = await problemsOf()
    assert.match(of(problems, "medical-review-by-editor").join("\n"), /reviewed\.by "ana" may not sign a medical review \(content\/authors\/ana\.md lists reviews: \[editorial\]\)/)
    assert.match(of(problems, "unknown-reviewer").join("\n"), /reviewed\.by "nobody" has no file content\/authors\/nobody\.md/)
  })
  it("rejects a research summary whose footnotes link no DOI, PubMed or regulator", async () => {
    assert.match(of(await problemsOf(), "unsourced-summary").join("\n"), /a research summary must cite primary sources: no footnote links a DOI/)
  })
  it("rejects products linked in a health post's prose, outside its shop block", async () => {
    assert.deepEqual(of(await problemsOf(), "product-in-prose"), [
      `content/posts/product-in-prose.md:13: product "tall-round-zafu" is linked outside the ":::shop" block: in a health post, products appear only there, labelled as the shop's own`,
    ])
  })
  it("rejects a health post that links products without a shop block, or features one outside it", async () => {
    const problems = await problemsOf()
    assert.match(of(problems, "no-shop-block").join("\n"), /a health post that links products must point to them only from a ":::shop" block at its end, which is labelled "From the Stillpoint shop"/)
    assert.deepEqual(of(problems, "featured-outside-shop"), [
      `content/posts/featured-outside-shop.md (frontmatter products): product "wool-zabuton" is not in the ":::shop" block, so it would be offered without the shop's label`,
    ])
  })
  it("rejects a shop block that does not end the post", async () => {
    assert.match(of(await problemsOf(), "shop-block-not-last").join("\n"), /shop-block-not-last\.md:15: the ":::shop" block must end the post/)
  })
  it("rejects a shop block that presents a product as treating something", async () => {
    assert.match(of(await problemsOf(), "shop-claims").join("\n"), /the ":::shop" block says "treat", "relief": it must not present a product as treating or relieving anything/)
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
