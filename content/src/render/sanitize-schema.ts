/**
 * The allow-list for post HTML: GitHub's (rehype-sanitize's default) plus what our
 * pipeline adds. Anything else, <script>, on* handlers, javascript: URLs, is removed.
 */
import { defaultSchema, type Options } from "rehype-sanitize"

/**
 * remark-rehype already prefixes footnote ids with "user-content-", so render.ts turns the
 * sanitiser's own prefixing off. Hand-written ids and names would then reach the page as is and
 * could replace the page's own globals (an <img name="createElement"> becomes
 * document.createElement): only prefixed ones, and the footnotes heading's, are kept.
 */
const CANNOT_CLOBBER = /^(?:user-content-|footnote-label$)/
const globalAttributes = (defaultSchema.attributes?.["*"] ?? []).filter((attribute) => attribute !== "id" && attribute !== "name")

export const postSanitizeSchema: Options = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), "product-card", "shop-note"],
  attributes: {
    ...defaultSchema.attributes,
    "*": [...globalAttributes, ["id", CANNOT_CLOBBER], ["name", CANNOT_CLOBBER]],
    "product-card": ["handle"],
    a: [...(defaultSchema.attributes?.a ?? []), "dataProductLink"],
    img: [...(defaultSchema.attributes?.img ?? []), "loading", "decoding"],
    th: [...(defaultSchema.attributes?.th ?? []), "align"],
    td: [...(defaultSchema.attributes?.td ?? []), "align"],
  },
}
