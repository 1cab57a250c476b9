/**
 * @stillpoint/content: the journal's posts and authors, parsed, validated and reduced to
 * what search needs. No rendering here (that is @stillpoint/content/render, which the
 * backend never loads).
 */
export { contentDir } from "./content-dir.js"
export { unknownProductReferences } from "./integrity.js"
export { HEALTH_NOTICES, isPrimarySource, REVIEW_LABELS, SHOP_NOTE_LABEL } from "./health.js"
export { ContentError, loadJournal, readJournal, type Author, type CoverImage, type Journal, type Post, type Review } from "./journal.js"
export type { HealthKind, ReviewKind } from "./schema.js"
export { searchDocuments, type PostSearchDocument } from "./search-document.js"
export { isVisible } from "./visibility.js"
