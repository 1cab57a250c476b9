import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { FromTheJournal } from "@/components/journal/FromTheJournal"
import { fromPostLink } from "@/lib/journal/from-post"
import { ProductShowcase } from "@/components/product/ProductShowcase"
import { ServerImage } from "@/components/ui/ServerImage"
import { formatWeight } from "@/lib/format"
import { listCategories } from "@/lib/medusa/categories"
import { getProduct } from "@/lib/medusa/products"
import { getRegion } from "@/lib/medusa/regions"
import { shareCardMetadata, shareCardPath } from "@/lib/share-card"
import { absoluteUrl, jsonLd, regionAlternates, SITE_NAME } from "@/lib/site"
import { imagesForSelection, initialSelection, selectionPath, type Query } from "@/lib/variants"
import styles from "./ProductPage.module.css"

/**
 * A product page, rendered by two routes behind one address (proxy.ts): the plain address
 * (/us/products/<handle>) prerendered on its first visit and served from the cache, and an
 * address with a query (a chosen variant, the post that linked it) rendered per request by
 * product-selection/, which passes the query here.
 */
type Props = {
  region: string
  handle: string
  /** The address's query; none for the prerendered page. */
  query?: Query
  /**
   * A handle the cached catalogue list lacks is asked for uncached ("fetch") only per request:
   * an uncached read would turn the prerendered route dynamic (products.ts, getProduct).
   */
  unlisted: "fetch" | "null"
}

export async function productMetadata({ region, handle, unlisted }: Props): Promise<Metadata> {
  const product = await getProduct(handle, await getRegion(region), { unlisted })
  if (!product) return { title: "Not found" }
  const share = product.images.length ? shareCardMetadata(shareCardPath.product(product.handle), product.title) : undefined
  return {
    title: product.title,
    description: product.subtitle,
    alternates: await regionAlternates(region, `/products/${product.handle}`),
    openGraph: {
      type: "website",
      title: product.title,
      description: product.description,
      url: absoluteUrl(`/${region}/products/${product.handle}`),
      siteName: SITE_NAME,
      images: share?.images,
    },
    twitter: share?.twitter,
  }
}

/**
 * The address names the chosen variant (`?colour=sage&fill=kapok`, lib/variants.ts) and the page
 * renders with it, so a shared link shows that variant's price, stock and pictures in its first
 * HTML.
 */
export async function ProductPage({ region: regionKey, handle, query = {}, unlisted }: Props) {
  const region = await getRegion(regionKey)
  const [product, categories] = await Promise.all([getProduct(handle, region, { unlisted }), listCategories()])
  if (!product) notFound()
  const category = categories.find((c) => product.categoryHandles.includes(c.handle))
  const path = `/${region.key}/products/${product.handle}`
  const selected = initialSelection(product, query)
  // A main picture is above the fold whenever it is shown; the one the gallery opens on is also preloaded.
  const firstShown = imagesForSelection(product.images, selected)[0]
  const pictures = product.images.map((image) => ({
    url: image.url,
    main: (
      <ServerImage src={image.url} alt={image.alt} fill loading="eager" priority={image === firstShown} sizes="(max-width: 800px) 100vw, 560px" />
    ),
    thumb: <ServerImage src={image.url} alt="" fill sizes="80px" />,
  }))
  const structuredData = {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title,
    description: product.description,
    image: product.images.map((image) => image.url),
    sku: product.variants[0]?.sku ?? undefined,
    material: product.material ?? undefined,
    brand: { "@type": "Brand", name: SITE_NAME },
    offers: product.variants.flatMap((variant) =>
      variant.price
        ? [
            {
              "@type": "Offer",
              sku: variant.sku ?? undefined,
              name: variant.title,
              price: variant.price.amount.toFixed(2),
              priceCurrency: variant.price.currency.toUpperCase(),
              availability: variant.stock.kind === "sold_out" ? "https://schema.org/OutOfStock" : "https://schema.org/InStock",
              url: absoluteUrl(selectionPath(path, product, variant.options)),
            },
          ]
        : []
    ),
  }
  return (
    <>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: JSON-LD must be the script's raw text; jsonLd() serialises our own data and escapes "<", so it cannot close the tag */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(structuredData) }} />
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <Link href={`/${region.key}/shop`}>Shop</Link>
        {category && (
          <>
            {" / "}
            <Link href={`/${region.key}/shop/${category.handle}`}>{category.name}</Link>
          </>
        )}
      </nav>
      <ProductShowcase
        product={{ title: product.title, options: product.options, variants: product.variants, fromPrice: product.fromPrice }}
        pictures={pictures}
        selected={selected}
        from={fromPostLink(query)}
        path={path}
        region={region.key}
        note={
          <p className="hint">
            {region.key === "eu"
              ? "Prices in euros, VAT included."
              : "Prices in US dollars. Sales tax is added at checkout where it applies."}
          </p>
        }
      >
        <h1 className={styles.title}>{product.title}</h1>
        <p className={styles.subtitle}>{product.subtitle}</p>
      </ProductShowcase>
      <div className={styles.details}>
        <section aria-labelledby="about-heading">
          <h2 id="about-heading">About this piece</h2>
          <p>{product.description}</p>
        </section>
        <section aria-labelledby="specs-heading">
          <h2 id="specs-heading">Size and care</h2>
          <dl className={`details-list ${styles.specs}`}>
            {product.dimensionsCm && (
              <>
                <dt>Dimensions</dt>
                <dd>
                  {product.dimensionsCm.length} × {product.dimensionsCm.width} × {product.dimensionsCm.height} cm
                </dd>
              </>
            )}
            {product.weightGrams !== null && (
              <>
                <dt>Weight</dt>
                <dd>{formatWeight(product.weightGrams)}</dd>
              </>
            )}
            {product.material && (
              <>
                <dt>Material</dt>
                <dd>{product.material}</dd>
              </>
            )}
            {product.care && (
              <>
                <dt>Care</dt>
                <dd>{product.care}</dd>
              </>
            )}
          </dl>
        </section>
      </div>
      <FromTheJournal handle={product.handle} region={region.key} />
    </>
  )
}
