import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { parseMarkdown, plainText } from "./markdown.js"

const text = (markdown: string) => plainText(parseMarkdown(markdown))

describe("plain text", () => {
  it("is the words a reader sees, one line per block", () => {
    assert.equal(text('## Heading\n\nA **bold** [link](/products/x) and `code`.\n\n::product{handle="x"}\n'), "Heading\nA bold link and code.")
  })
  it("keeps list items, quotes, table cells and code blocks; drops raw HTML, images and footnote definitions", () => {
    const markdown = [
      "- one",
      "- two",
      "",
      "> quoted",
      "",
      "| a | b |",
      "| - | - |",
      "| c | d |",
      "",
      "```",
      "sit();",
      "```",
      "",
      "<div>raw</div>",
      "",
      "![a meadow](meadow.svg) Cited.[^1]",
      "",
      "[^1]: A source.",
    ].join("\n")
    assert.equal(text(markdown), "one\ntwo\nquoted\na\nb\nc\nd\nsit();\nCited.")
  })
  it("leaves a paragraph that only embeds a product out: the page shows a card there", () => {
    assert.equal(text("Before.\n\n[Wool Zabuton](/products/wool-zabuton)\n\nAfter."), "Before.\nAfter.")
  })
  it("keeps the words either side of a hard line break apart", () => {
    assert.equal(text("Sit  \nstill\\\nand *breathe  \nslowly*"), "Sit\nstill\nand breathe\nslowly")
  })
  it("keeps prose colons that look like directives", () => {
    assert.equal(text("A ratio of 3:1 and a note:this stay as text."), "A ratio of 3:1 and a note:this stay as text.")
  })
})
