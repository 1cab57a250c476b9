import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { parseMarkdown } from "./markdown.js"
import { productHandleOf, productReferences } from "./product-references.js"

describe("product references", () => {
  it("are ::product cards, embeds (a paragraph that is only a product link) and links in prose, in order", () => {
    const markdown = [
      "See [the zafu](/products/classic-round-zafu) and [the bench](/products/oak-seiza-bench/).",
      "",
      '::product{handle="tall-crescent-zafu"}',
      "",
      "[Wool Zabuton](/products/wool-zabuton)",
      "",
      "- [In a list](/products/kapok-refill) stays a link.",
    ].join("\n")
    assert.deepEqual(productReferences(parseMarkdown(markdown)), [
      { handle: "classic-round-zafu", kind: "link", line: 1 },
      { handle: "oak-seiza-bench", kind: "link", line: 1 },
      { handle: "tall-crescent-zafu", kind: "card", line: 3 },
      { handle: "wool-zabuton", kind: "card", line: 5 },
      { handle: "kapok-refill", kind: "link", line: 7 },
    ])
  })

  it("are only site-relative /products/<handle> URLs: not absolute, localised or query URLs", () => {
    for (const url of ["https://shop.example/products/wool-zabuton", "https://shop.example/de/products/wool-zabuton", "/de/products/wool-zabuton", "/products/wool-zabuton?x=1", "/products/Wool_Zabuton", "/categories/zabutons"]) {
      assert.equal(productHandleOf(url), undefined, url)
    }
    assert.equal(productHandleOf("/products/wool-zabuton/"), "wool-zabuton")
  })

  it("skip code: a product link inside backticks is not a link", () => {
    assert.deepEqual(productReferences(parseMarkdown("Write `[x](/products/x)` to link.\n\n```\n::product{handle=\"y\"}\n```\n")), [])
  })
})
