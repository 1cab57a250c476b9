import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { productCardHandles } from "@stillpoint/content/render"
import { HealthNotice, ReviewedBy } from "@/components/journal/HealthNotes"
import { PostBody } from "@/components/journal/PostBody"
import { ProductTile } from "@/components/product/ProductTile"
import { ServerImage } from "@/components/ui/ServerImage"
import { formatDate } from "@/lib/format"
import { findPost, listedPosts, visiblePosts } from "@/lib/journal/content"
import { getProduct } from "@/lib/medusa/products"
import { getRegion } from "@/lib/medusa/regions"
import { isRegionKey } from "@/lib/region"
import { shareCardMetadata, shareCardPath } from "@/lib/share-card"
import { absoluteUrl, jsonLd, regionAlternates, SITE_NAME } from "@/lib/site"
import styles from "@/components/journal/journal.module.css"

// Hourly, so a post scheduled for today appears without a rebuild.
export const revalidate = 3600
// Only the addresses listed below exist: any other value is a 404 that Next answers without
// rendering it or writing it to the page cache (made-up URLs must not grow the disk).
export const dynamicParams = false

type Params = { params: Promise<{ region: string; slug: string }> }

export async function generateStaticParams() {
  return (await listedPosts()).map((post) => ({ slug: post.slug }))
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { region, slug } = await params
  const post = await findPost(slug)
  if (!post) return {}
  const share = shareCardMetadata(shareCardPath.post(post.slug), post.cover.alt)
  return {
    title: post.title,
    description: post.description,
    alternates: await regionAlternates(region, `/journal/${post.slug}`),
    openGraph: {
      type: "article",
      title: post.title,
      description: post.description,
      url: absoluteUrl(`/${region}/journal/${post.slug}`),
      siteName: SITE_NAME,
      publishedTime: post.published.toISOString(),
      modifiedTime: (post.updated ?? post.published).toISOString(),
      authors: [post.author.name],
      tags: post.tags,
      images: share.images,
    },
    twitter: share.twitter,
  }
}

export default async function PostPage({ params }: Params) {
  const { region, slug } = await params
  if (!isRegionKey(region)) notFound()
  const post = await findPost(slug)
  if (!post) notFound()
  const posts = await visiblePosts()
  const index = posts.findIndex((p) => p.slug === post.slug)
  const newer = posts[index - 1]
  const older = posts[index + 1]
  const { segments, toc, readingMinutes } = post.rendered
  // Each product the post names (and any card written as raw HTML), fetched once for the
  // region, as on sale now: the cards show these, "Shop this post" lists the post's own, and
  // links to any product missing here are plain text.
  const cardHandles = productCardHandles(segments)
  const medusaRegion = await getRegion(region)
  const fetched = await Promise.all(
    [...new Set([...post.productHandles, ...cardHandles])].map((handle) => getProduct(handle, medusaRegion).catch(() => null))
  )
  const productsOnSale = new Map(fetched.filter((product) => product !== null).map((product) => [product.handle, product]))
  const products = post.productHandles.flatMap((handle) => productsOnSale.get(handle) ?? [])

  const structuredData = {
    "@context": "https://schema.org",
    "@type": "BlogPosting",
    headline: post.title,
    description: post.description,
    image: absoluteUrl(post.cover.src),
    datePublished: post.published.toISOString(),
    dateModified: (post.updated ?? post.published).toISOString(),
    author: { "@type": "Person", name: post.author.name, jobTitle: post.author.role },
    publisher: { "@type": "Organization", name: SITE_NAME },
    mainEntityOfPage: absoluteUrl(`/${region}/journal/${post.slug}`),
    keywords: post.tags.join(", "),
    wordCount: post.rendered.wordCount,
  }

  return (
    <article className={styles.article}>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: JSON-LD must be the script's raw text; jsonLd() serialises our own data and escapes "<", so it cannot close the tag */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(structuredData) }} />
      <header className={styles.header}>
        <p className={styles.kicker}>
          <Link href={`/${region}/journal`}>Journal</Link>
        </p>
        <h1 className={styles.title}>{post.title}</h1>
        <p className={styles.lead}>{post.description}</p>
        <p className={styles.byline}>
          <span>
            By <Link href={`/${region}/journal/author/${post.author.slug}`}>{post.author.name}</Link>, {post.author.role}
          </span>
          <span>
            Published <time dateTime={post.published.toISOString()}>{formatDate(post.published.toISOString())}</time>
          </span>
          {post.updated && (
            <span>
              Updated <time dateTime={post.updated.toISOString()}>{formatDate(post.updated.toISOString())}</time>
            </span>
          )}
          {post.reviewed && <ReviewedBy review={post.reviewed} authorHref={`/${region}/journal/author/${post.reviewed.by.slug}`} />}
          <span>{readingMinutes} min read</span>
        </p>
        <ul className={styles.tags} aria-label="Tags">
          {post.tags.map((tag) => (
            <li key={tag}>
              <Link href={`/${region}/journal/tag/${tag}`}>{tag.replace(/-/g, " ")}</Link>
            </li>
          ))}
        </ul>
        <div className={styles.cover}>
          <ServerImage src={post.cover.src} alt={post.cover.alt} width={post.cover.width} height={post.cover.height} priority unoptimized />
        </div>
      </header>

      {post.health && <HealthNotice kind={post.health} className={styles.disclaimer} />}

      {toc.length > 2 && (
        <nav className={styles.toc} aria-labelledby="toc-title">
          <h2 id="toc-title">In this article</h2>
          <ol>
            {toc.map((entry) => (
              <li key={entry.id} className={entry.depth === 3 ? styles.sub : undefined}>
                <a href={`#${entry.id}`}>{entry.text}</a>
              </li>
            ))}
          </ol>
        </nav>
      )}

      <PostBody segments={segments} region={region} products={productsOnSale} post={post.slug} />

      {/* A health post offers products only in its own labelled shop block, never as "Shop this post". */}
      {products.length > 0 && !post.health && (
        <section className={styles.shopThisPost} aria-labelledby="shop-this-post">
          <h2 id="shop-this-post">Shop this post</h2>
          <ul className={styles.list} data-testid="shop-this-post">
            {products.map((product) => (
              <li key={product.id}>
                <ProductTile product={product} region={region} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <nav className={styles.adjacent} aria-label="More from the journal">
        {newer ? (
          <Link href={`/${region}/journal/${newer.slug}`} rel="next">
            ← Newer: {newer.title}
          </Link>
        ) : (
          <span />
        )}
        {older && (
          <Link href={`/${region}/journal/${older.slug}`} rel="prev">
            Older: {older.title} →
          </Link>
        )}
      </nav>
    </article>
  )
}
