import type { Metadata } from "next"
import Link from "next/link"
import { PostList } from "@/components/journal/PostCard"
import { TileGrid } from "@/components/product/TileGrid"
import { FilterForm } from "@/components/search/FilterForm"
import { FacetGroup, Pager, PostHitList, ProductHitGrid } from "@/components/search/Results"
import { visiblePosts } from "@/lib/journal/content"
import { toPostSummary } from "@/lib/journal/summaries"
import { listCategories } from "@/lib/medusa/categories"
import { listFeaturedProducts } from "@/lib/medusa/products"
import { getRegion } from "@/lib/medusa/regions"
import { search } from "@/lib/medusa/search"
import type { Region } from "@/lib/medusa/types"
import {
  MAX_QUERY_LENGTH,
  POSTS_PER_PAGE,
  PRODUCTS_PER_PAGE,
  parseSearchState,
  searchStateToQuery,
  toURLSearchParams,
  type PageSearchParams,
  type SearchState,
} from "@/lib/search-query"
import { NO_FILTERS, activeFilterCount } from "@/lib/product-filters"
import panel from "@/components/product/FilterPanel.module.css"
import { PriceRangeFields } from "@/components/product/PriceRangeFields"
import styles from "./search.module.css"

type Props = { params: Promise<{ region: string }>; searchParams: Promise<PageSearchParams> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = parseSearchState(toURLSearchParams(await searchParams))
  // Result pages are endless and thin: kept out of search engines, their links still followed.
  return { title: q ? `Search: ${q}` : "Search", robots: { index: false, follow: true } }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const region = await getRegion((await params).region)
  const state = parseSearchState(toURLSearchParams(await searchParams))
  const action = `/${region.key}/search`
  const hrefFor = (next: SearchState, anchor: string) => `${action}${searchStateToQuery(next)}#${anchor}`

  const searchForm = (
    // biome-ignore lint/a11y/useSemanticElements: <form role="search"> is the search landmark's long-standing pattern; the newer <search> element is not yet announced by every screen reader we support
    <form role="search" aria-label="Results page" action={action} method="get" className={styles.searchForm}>
      <label htmlFor="search-q" className="visually-hidden">
        Search products and the journal
      </label>
      <input id="search-q" name="q" type="search" defaultValue={state.q} maxLength={MAX_QUERY_LENGTH} className={styles.searchInput} />
      <button type="submit" className="button">
        Search
      </button>
    </form>
  )

  if (!state.q) {
    return (
      <>
        <header className="page-header">
          <h1>Search</h1>
          <p className="lead">Find a cushion, a fill or a journal post.</p>
        </header>
        {searchForm}
        <Suggestions region={region} />
      </>
    )
  }

  const [results, categories] = await Promise.all([search(state, region.key), listCategories().catch(() => [])])
  const { products, posts, facets } = results
  const filterCount = activeFilterCount(state.filters)
  const categoryName = new Map(categories.map((c) => [c.handle, c.name]))
  const productPages = Math.ceil(products.total / PRODUCTS_PER_PAGE)
  const postPages = Math.ceil(posts.total / POSTS_PER_PAGE)

  return (
    <>
      <header className="page-header">
        <h1>Results for “{state.q}”</h1>
      </header>
      {searchForm}
      {results.spelling && (
        <p className={styles.spelling}>
          Did you mean <Link href={`${action}${searchStateToQuery({ ...state, q: results.spelling, page: 1, postsPage: 1 })}`}>{results.spelling}</Link>?
        </p>
      )}
      {products.total === 0 && posts.total === 0 && filterCount === 0 ? (
        <>
          <p className={styles.nothing} role="status">
            Nothing in the shop or the journal matches “{state.q}”. Check the spelling, try a shorter word, or start from
            one of these.
          </p>
          <Suggestions region={region} />
        </>
      ) : (
        <>
          <section aria-labelledby="product-results" className={styles.group}>
            <h2 id="product-results">
              Products <span className={styles.total}>({products.total})</span>
            </h2>
            <div className={panel.layout}>
              <FilterForm
                resetKey={searchStateToQuery(state)}
                action={action}
                label="Filter products"
                toggleLabel={filterCount > 0 ? `Filter products (${filterCount} active)` : "Filter products"}
                className={panel.filters}
              >
                <input type="hidden" name="q" value={state.q} />
                <FacetGroup
                  legend="Category"
                  name="category"
                  values={facets.categories}
                  selected={state.filters.categories}
                  labelFor={(handle) => categoryName.get(handle) ?? handle}
                />
                <FacetGroup legend="Fill" name="fill" values={facets.fills} selected={state.filters.fills} />
                <FacetGroup legend="Colour" name="colour" values={facets.colours} selected={state.filters.colours} />
                <PriceRangeFields region={region.key} idPrefix="search-" min={state.filters.minPrice} max={state.filters.maxPrice} bounds={facets.price ?? undefined} />
                <div className={panel.filterActions}>
                  <button type="submit" className="button">
                    Apply
                  </button>
                  {filterCount > 0 && (
                    <Link href={hrefFor({ ...state, filters: NO_FILTERS, page: 1 }, "product-results")}>Clear filters</Link>
                  )}
                </div>
              </FilterForm>
              <div>
                {products.hits.length ? (
                  <ProductHitGrid hits={products.hits} region={region.key} />
                ) : (
                  <p>{filterCount > 0 ? "No products match these filters. Try removing one." : `No products match “${state.q}”.`}</p>
                )}
                <Pager
                  label="Product result pages"
                  page={state.page}
                  pages={productPages}
                  hrefFor={(page) => hrefFor({ ...state, page }, "product-results")}
                />
              </div>
            </div>
          </section>
          <section aria-labelledby="post-results" className={styles.group}>
            <h2 id="post-results">
              From the journal <span className={styles.total}>({posts.total})</span>
            </h2>
            {posts.hits.length ? (
              <PostHitList hits={posts.hits} region={region.key} />
            ) : (
              <p>No journal posts match “{state.q}”.</p>
            )}
            <Pager
              label="Journal result pages"
              page={state.postsPage}
              pages={postPages}
              hrefFor={(postsPage) => hrefFor({ ...state, postsPage }, "post-results")}
            />
          </section>
        </>
      )}
    </>
  )
}

/** Instead of an empty page: the first products of the catalogue and the newest posts. */
async function Suggestions({ region }: { region: Region }) {
  const [products, posts] = await Promise.all([listFeaturedProducts(region, 4), visiblePosts()])
  return (
    <>
      <section aria-labelledby="popular-products" className={styles.group}>
        <h2 id="popular-products">Popular products</h2>
        <TileGrid
          tiles={products.map((product) => ({ kind: "product", product }))}
          region={region.key}
          label="Popular products"
        />
      </section>
      <section aria-labelledby="recent-posts" className={styles.group}>
        <h2 id="recent-posts">Recent from the journal</h2>
        <PostList posts={posts.slice(0, 3).map(toPostSummary)} region={region.key} />
      </section>
    </>
  )
}
