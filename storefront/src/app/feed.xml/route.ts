import { segmentsToHtml } from "@stillpoint/content/render"
import type { Element } from "hast"
import { visiblePosts } from "@/lib/journal/content"
import { absoluteUrl, SITE_NAME } from "@/lib/site"

/**
 * The journal as an Atom feed, each entry the post as the page renders it. Links point at
 * region-less URLs, which send each reader to their region; xml:base makes them, and the
 * images, absolute for feed readers.
 */
export const revalidate = 3600

/** A feed reader runs no components: a product card becomes a link to the product. */
const productLink = (handle: string): Element => ({
  type: "element",
  tagName: "p",
  properties: {},
  children: [{ type: "element", tagName: "a", properties: { href: `/products/${handle}` }, children: [{ type: "text", value: "See it in the shop" }] }],
})

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")

export async function GET() {
  const posts = (await visiblePosts()).slice(0, 20)
  const updated = posts.reduce((latest, p) => Math.max(latest, (p.updated ?? p.published).getTime()), 0)
  const entries = posts.map((post) => {
    const url = absoluteUrl(`/journal/${post.slug}`)
    const html = segmentsToHtml(post.rendered.segments, productLink)
    return `  <entry>
    <title>${escapeXml(post.title)}</title>
    <link rel="alternate" type="text/html" href="${url}"/>
    <id>${url}</id>
    <published>${post.published.toISOString()}</published>
    <updated>${(post.updated ?? post.published).toISOString()}</updated>
    <author><name>${escapeXml(post.author.name)}</name></author>
${post.tags.map((tag) => `    <category term="${escapeXml(tag)}"/>`).join("\n")}
    <summary>${escapeXml(post.description)}</summary>
    <content type="html" xml:base="${escapeXml(absoluteUrl("/"))}">${escapeXml(html)}</content>
  </entry>`
  })
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${SITE_NAME} Journal</title>
  <subtitle>Notes on posture, practice and the making of our cushions</subtitle>
  <link rel="self" type="application/atom+xml" href="${absoluteUrl("/feed.xml")}"/>
  <link rel="alternate" type="text/html" href="${absoluteUrl("/journal")}"/>
  <id>${absoluteUrl("/journal")}</id>
  <updated>${new Date(updated || Date.now()).toISOString()}</updated>
${entries.join("\n")}
</feed>
`
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8" } })
}
