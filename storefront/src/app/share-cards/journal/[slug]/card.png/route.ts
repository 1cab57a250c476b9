import { findPost, listedPosts, readContentFile } from "@/lib/journal/content"
import { coverCard, pngResponse } from "@/lib/share-card"

/** A post's share card, drawn at build time from its cover. */
export const dynamic = "force-static"
export const revalidate = 3600
// Cards for listed posts only (a scheduled post's is drawn when it appears); other slugs are a 404 never cached.
export const dynamicParams = false

export async function generateStaticParams() {
  return (await listedPosts()).map((post) => ({ slug: post.slug }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const post = await findPost((await params).slug)
  const cover = post && readContentFile(post.cover.file)
  if (!cover) return new Response("Not found", { status: 404 })
  return pngResponse(await coverCard(cover))
}
