/**
 * The allow-list for post HTML: GitHub's (rehype-sanitize's default) plus what our
 * pipeline adds. Anything else, <script>, on* handlers, javascript: URLs, is removed.
 */
import { defaultSchema, type Options } from "rehype-sanitize"

export const postSanitizeSchema: Options = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), "product-card"],
  attributes: {
    ...defaultSchema.attributes,
    "product-card": ["handle"],
    a: [...(defaultSchema.attributes?.a ?? []), "dataProductLink"],
    img: [...(defaultSchema.attributes?.img ?? []), "loading", "decoding"],
    th: [...(defaultSchema.attributes?.th ?? []), "align"],
    td: [...(defaultSchema.attributes?.td ?? []), "align"],
  },
}
