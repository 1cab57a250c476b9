import { visiblePosts } from "@/lib/journal/content"
import { renderMarkdownToHtml } from "@/lib/journal/render"
import { absoluteUrl, SITE_NAME } from "@/lib/site"

/** The journal as an Atom feed. Links point at region-less URLs, which send each reader to their region. */
export const revalidate = 3600

const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")

export async function GET() {
  const posts = (await visiblePosts()).slice(0, 20)
  const updated = posts.reduce((latest, p) => Math.max(latest, (p.updated ?? p.published).getTime()), 0)
  const entries = await Promise.all(
    posts.map(async (post) => {
      const url = absoluteUrl(`/journal/${post.slug}`)
      const { html } = await renderMarkdownToHtml(post.text, undefined, { contentDir: "", imagePrefix: "" })
      return `  <entry>
    <title>${escape(post.title)}</title>
    <link rel="alternate" type="text/html" href="${url}"/>
    <id>${url}</id>
    <published>${post.published.toISOString()}</published>
    <updated>${(post.updated ?? post.published).toISOString()}</updated>
    <author><name>${escape(post.author.name)}</name></author>
${post.tags.map((tag) => `    <category term="${escape(tag)}"/>`).join("\n")}
    <summary>${escape(post.description)}</summary>
    <content type="html">${escape(html)}</content>
  </entry>`
    })
  )
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
