/**
 * @stillpoint/content: the journal's posts and authors, parsed, validated and reduced to
 * what search needs. No rendering here (that is @stillpoint/content/render, which the
 * backend never loads).
 */
export { contentDir } from "./content-dir.js"
export { unknownProductReferences } from "./integrity.js"
export { ContentError, loadJournal, readJournal, where, type Author, type CoverImage, type Journal, type Post } from "./journal.js"
export { parseMarkdown, plainText } from "./markdown.js"
export { productEmbedHandle, productHandleOf, productReferences, type ProductReference } from "./product-references.js"
export { authorFrontmatter, describeIssues, postFrontmatter, type AuthorFrontmatter, type PostFrontmatter } from "./schema.js"
export { searchDocuments, toSearchDocument, type PostSearchDocument } from "./search-document.js"
export { isVisible, type Dated } from "./visibility.js"
