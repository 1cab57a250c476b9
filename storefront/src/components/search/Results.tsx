import Link from "next/link"
import { ServerImage } from "@/components/ui/ServerImage"
import { formatDate, formatMoney } from "@/lib/format"
import { pageNumbers } from "@/lib/page-numbers"
import type { FacetCount, PostHit, ProductHit, RegionKey } from "@/lib/medusa/types"
import tiles from "@/components/product/Tiles.module.css"
import { Highlighted } from "./Highlighted"
import styles from "./Results.module.css"

/** Matching products, laid out as the shop's own product tiles. */
export function ProductHitGrid({ hits, region }: { hits: ProductHit[]; region: RegionKey }) {
  return (
    <ul className={`${tiles.grid} ${styles.hits}`} aria-label="Matching products">
      {hits.map((hit) => (
        <li key={hit.id} className={tiles.tile} data-testid="search-product">
          <Link href={`/${region}/products/${hit.handle}`} className={tiles.link}>
            <div className={tiles.image}>
              {hit.thumbnail && <ServerImage src={hit.thumbnail} alt="" fill sizes="(max-width: 600px) 50vw, 220px" />}
            </div>
            <h3 className={tiles.title}>
              <Highlighted parts={hit.title} />
            </h3>
          </Link>
          <p className={tiles.subtitle}>{hit.snippet ? <Highlighted parts={hit.snippet} /> : hit.subtitle}</p>
          {hit.fromPrice && <p className={tiles.price}>From {formatMoney(hit.fromPrice)}</p>}
        </li>
      ))}
    </ul>
  )
}

export function PostHitList({ hits, region }: { hits: PostHit[]; region: RegionKey }) {
  return (
    <ul className={styles.posts} aria-label="Matching journal posts">
      {hits.map((hit) => (
        <li key={hit.id} data-testid="search-post">
          <h3 className={styles.postTitle}>
            <Link href={`/${region}/journal/${hit.slug}`}>
              <Highlighted parts={hit.title} />
            </Link>
          </h3>
          <p className={styles.detail}>
            <Highlighted parts={hit.snippet} />
          </p>
          <p className={styles.meta}>
            {hit.authorName}
            {hit.publishedAt && (
              <>
                {" · "}
                <time dateTime={hit.publishedAt}>{formatDate(hit.publishedAt)}</time>
              </>
            )}
          </p>
        </li>
      ))}
    </ul>
  )
}

/** One facet's values as checkboxes; values the URL asks for stay listed even at zero. */
export function FacetGroup({
  legend,
  name,
  values,
  selected,
  labelFor = (value) => value,
}: {
  legend: string
  name: string
  values: FacetCount[]
  selected: string[]
  labelFor?: (value: string) => string
}) {
  const missing = selected.filter((value) => !values.some((v) => v.value === value)).map((value) => ({ value, count: 0 }))
  const all = [...values, ...missing]
  if (!all.length) return null
  return (
    <fieldset>
      <legend>{legend}</legend>
      {all.map(({ value, count }) => (
        <label key={value} className="checkbox">
          <input type="checkbox" name={name} value={value} defaultChecked={selected.includes(value)} />
          <span>
            {labelFor(value)} <span className={styles.count}>({count})</span>
          </span>
        </label>
      ))}
    </fieldset>
  )
}

type PagerProps = {
  label: string
  page: number
  pages: number
  hrefFor: (page: number) => string
  /** Plain links (full page loads), for the reason FilterForm's `navigation` gives. */
  documentLinks?: boolean
}

export function Pager({ label, page, pages, hrefFor, documentLinks = false }: PagerProps) {
  if (pages <= 1) return null
  const PageLink = documentLinks ? "a" : Link
  // A page past the end (an old link after the catalogue shrank) leads back to the last one.
  const current = Math.min(page, pages)
  return (
    <nav className={styles.pager} aria-label={label}>
      {page > 1 && (
        <PageLink href={hrefFor(page > pages ? pages : page - 1)} rel="prev">
          ← Previous
        </PageLink>
      )}
      <ol className={styles.pages}>
        {pageNumbers(current, pages).map((n, i) =>
          n === "gap" ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: a gap has no identity but its place
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={n}>
              {n === page ? (
                <span aria-current="page">
                  <span className="visually-hidden">Page </span>
                  {n}
                </span>
              ) : (
                <PageLink href={hrefFor(n)}>
                  <span className="visually-hidden">Page </span>
                  {n}
                </PageLink>
              )}
            </li>
          )
        )}
      </ol>
      {page < pages && (
        <PageLink href={hrefFor(page + 1)} rel="next">
          Next →
        </PageLink>
      )}
    </nav>
  )
}
