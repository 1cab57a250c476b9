/**
 * The `post` search index: the journal in content/posts. Its documents come from the
 * Markdown files (through @stillpoint/content, the journal's one loader), not from a Medusa
 * module, so the definition has its own `seed` and no events. It is rebuilt on every
 * `npm start` (after the seed) and by `npm run search:reindex`, and seeded by the Search
 * Module at boot when empty.
 *
 * A match ranks by where it is: title, then tags, then description, then body.
 *
 * Drafts and posts dated in the future are never indexed.
 */
import { defineSearchIndex, search } from "@medusajs/framework/utils"
// @stillpoint/content ships ES modules only; Node ≥ 20.19 require()s them natively, which is
// what this CommonJS build does at run time.
import { searchDocuments } from "@stillpoint/content"
import { journalPosts } from "../journal/posts"
import { vocabularySettings } from "./vocabulary"

const fields = search.define({
  id: search.keyword().filterable(),
  slug: search.keyword().filterable(),
  title: search.text().searchable({ weight: 3 }).sortable(),
  description: search.text().searchable({ weight: 1.5 }),
  body: search.text().searchable(),
  tags: search.keyword().array().searchable({ weight: 2 }).filterable().facetable(),
  author: search.keyword().filterable().facetable(),
  author_name: search.text().searchable(),
  published_at: search.date().sortable().filterable(),
  cover: search.keyword(),
})

/** The documents the journal index should hold right now. */
export async function journalDocuments(now = new Date()) {
  return searchDocuments(await journalPosts(), now)
}

export default defineSearchIndex({
  name: "post",
  entity: "post",
  fields,
  settings: vocabularySettings,
  async *seed({ catchup, last_key }) {
    // Files have no change feed: a full seed already read the latest version of
    // every post, so the catch-up pass after it has nothing to add.
    if (catchup) return
    const documents = (await journalDocuments()).filter((doc) => last_key === undefined || doc.id > last_key)
    if (documents.length) yield [{ action: "upsert", documents }]
  },
})
