import Link from "next/link"
import { notFound } from "next/navigation"
import { PostList } from "@/components/journal/PostCard"
import { FilterForm } from "@/components/search/FilterForm"
import { FacetGroup, Pager } from "@/components/search/Results"
import { visiblePosts } from "@/lib/journal/content"
import { interleave, toPostSummary } from "@/lib/journal/summaries"
import { getCategory, listCategories } from "@/lib/medusa/categories"
import { handlesInCategory, listProductPage } from "@/lib/medusa/products"
import { getRegion } from "@/lib/medusa/regions"
import { NO_FILTERS, activeFilterCount } from "@/lib/product-filters"
import { LISTING_PAGE_SIZE, SORTS, listingStateToQuery, type ListingState } from "@/lib/shop-listing"
import panel from "./FilterPanel.module.css"
import { PriceRangeFields } from "./PriceRangeFields"
import styles from "./ShopListing.module.css"
import { renderTiles } from "./TileGrid"
import { TileList } from "./TileList"

/** Journal cards woven into each page: one after every fourth product. */
const POSTS_PER_LISTING_PAGE = 4

type Props = { region: string; category: string | null; state: ListingState }

/**
 * The shop (`category` null) or a category: one page of products, rendered on the server with
 * the filters' counts, sort and page numbers as links. Works without JavaScript; with it,
 * FilterForm applies a ticked box or a new order at once (as a page load: see its `navigation`).
 */
export async function ShopListing({ region: regionKey, category: handle, state }: Props) {
  const [region, category, categories, posts] = await Promise.all([
    getRegion(regionKey),
    handle ? getCategory(handle) : null,
    listCategories(),
    visiblePosts(),
  ])
  if (handle && !category) notFound()
  const linked = [...new Set(posts.flatMap((post) => post.productHandles))]
  const [page, inCategory] = await Promise.all([
    listProductPage(region, state, category?.handle ?? null),
    category ? handlesInCategory(linked, category.handle) : null,
  ])
  // A category's posts are the ones that link to its products (the journal's own link graph).
  const relevant = (inCategory ? posts.filter((post) => post.productHandles.some((h) => inCategory.has(h))) : posts).map(toPostSummary)
  const woven = relevant.slice((state.page - 1) * POSTS_PER_LISTING_PAGE, state.page * POSTS_PER_LISTING_PAGE)

  const base = `/${region.key}/shop${category ? `/${category.handle}` : ""}`
  const hrefFor = (next: ListingState) => `${base}${listingStateToQuery(next)}`
  const pages = Math.ceil(page.total / LISTING_PAGE_SIZE)
  const filterCount = activeFilterCount(state.filters)
  const categoryName = new Map(categories.map((c) => [c.handle, c.name]))
  const tiles = renderTiles(interleave(page.products, woven, 4), region.key)
  const first = (Math.min(state.page, Math.max(pages, 1)) - 1) * LISTING_PAGE_SIZE + 1

  return (
    <>
      {category && (
        <nav aria-label="Breadcrumb" className="breadcrumbs">
          <Link href={`/${region.key}/shop`}>Shop</Link> / <span aria-current="page">{category.name}</span>
        </nav>
      )}
      <header className="page-header">
        <h1>{category?.name ?? "Shop"}</h1>
        <p className="lead">{category ? category.description : "Cushions, mats, benches and the small things around them, sewn and made to last."}</p>
      </header>
      <div className={panel.layout}>
        <FilterForm
          resetKey={listingStateToQuery(state)}
          action={base}
          label="Filter and sort products"
          toggleLabel={filterCount > 0 ? `Filter and sort (${filterCount} active)` : "Filter and sort"}
          className={panel.filters}
          navigation="document"
        >
          <div className="field">
            <label htmlFor="sort">Sort by</label>
            <select id="sort" name="sort" defaultValue={state.sort}>
              {Object.entries(SORTS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          {!category && (
            <FacetGroup
              legend="Category"
              name="category"
              values={page.facets.categories}
              selected={state.filters.categories}
              labelFor={(value) => categoryName.get(value) ?? value}
            />
          )}
          <FacetGroup legend="Fill" name="fill" values={page.facets.fills} selected={state.filters.fills} />
          <FacetGroup legend="Colour" name="colour" values={page.facets.colours} selected={state.filters.colours} />
          <fieldset>
            <legend>Availability</legend>
            <label className="checkbox">
              <input type="checkbox" name="stock" value="in" defaultChecked={state.filters.inStock} />
              In stock only
            </label>
          </fieldset>
          <PriceRangeFields region={region.key} idPrefix="" min={state.filters.minPrice} max={state.filters.maxPrice} bounds={page.facets.price ?? undefined} />
          <div className={panel.filterActions}>
            <button type="submit" className="button">
              Apply
            </button>
            {/* Plain links between a listing's views (full page loads): see FilterForm's `navigation`. */}
            {filterCount > 0 && <a href={hrefFor({ ...state, filters: NO_FILTERS, page: 1 })}>Clear filters</a>}
          </div>
        </FilterForm>
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" className={styles.count}>
            {page.total === 1 ? "1 product" : `${page.total.toLocaleString("en")} products`}
          </h2>
          {pages > 1 && page.products.length > 0 && (
            <p className={styles.range}>
              Showing {first.toLocaleString("en")}–{(first + page.products.length - 1).toLocaleString("en")}
            </p>
          )}
          {page.products.length ? (
            <TileList tiles={tiles} label="Products" />
          ) : state.page > 1 && pages > 0 ? (
            <p>
              There is no page {state.page}. <a href={hrefFor({ ...state, page: pages })}>Go to the last page</a>.
            </p>
          ) : (
            <p>{filterCount > 0 ? "No products match these filters. Try removing one." : "Nothing here yet."}</p>
          )}
          <Pager label="Product pages" page={state.page} pages={pages} hrefFor={(n) => hrefFor({ ...state, page: n })} documentLinks />
        </section>
      </div>
      {category && relevant.length > 0 && (
        <section aria-labelledby="category-journal" data-testid="category-journal">
          <h2 id="category-journal">From the journal</h2>
          <PostList posts={relevant.slice(0, 3)} region={region.key} />
        </section>
      )}
    </>
  )
}
