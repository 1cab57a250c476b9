/** Checks that need the catalog: every product a post names must exist. */
import type { Post } from "./journal.js"

export function unknownProductReferences(posts: Pick<Post, "productReferences">[], catalogHandles: Iterable<string>): string[] {
  const known = new Set(catalogHandles)
  return posts.flatMap((post) =>
    post.productReferences
      .filter((ref) => !known.has(ref.handle))
      .map((ref) => `${ref.where}: product "${ref.handle}" is not in the catalog (check the handle in the admin)`)
  )
}
