"use client"
import { usePathname, useRouter, useSearchParams } from "next/navigation"
import { useState, useTransition, type FormEvent } from "react"
import { SORTS, applyShopView, facetValues, parseShopView, shopViewToQuery, type FilterableProduct, type ShopView } from "@/lib/catalogue"
import { NO_FILTERS, activeFilterCount } from "@/lib/product-filters"
import { interleave } from "@/lib/journal/summaries"
import type { Category, RegionKey } from "@/lib/medusa/types"
import { PriceRangeFields } from "./PriceRangeFields"
import { TileList, type RenderedTile } from "./TileList"
import panel from "./FilterPanel.module.css"
import styles from "./ShopBrowser.module.css"

type Props = {
  products: FilterableProduct[]
  /** Each product's tile, rendered by the page (renderTiles, keyed by product id). */
  productTiles: RenderedTile[]
  categories: Category[]
  region: RegionKey
  /** On a category page the category is fixed and not offered as a filter. */
  showCategoryFilter: boolean
  /** Journal post cards woven between the product tiles. */
  postTiles?: RenderedTile[]
}

function readForm(form: HTMLFormElement): ShopView {
  const data = new FormData(form)
  const params = new URLSearchParams()
  for (const [key, value] of data.entries()) if (typeof value === "string" && value !== "") params.append(key, value)
  return parseShopView(params)
}

/** Filters and sorting live in the URL, so they survive reloads and back/forward. */
export function ShopBrowser({ products, productTiles, categories, region, showCategoryFilter, postTiles = [] }: Props) {
  const searchParams = useSearchParams()
  const router = useRouter()
  const pathname = usePathname()
  const [pending, startTransition] = useTransition()
  const [filtersOpen, setFiltersOpen] = useState(false)
  const view = parseShopView(searchParams)
  const { filters } = view
  const shown = applyShopView([...products], view)
  const tileById = new Map(productTiles.map((tile) => [tile.key, tile]))
  const shownTiles = shown.flatMap((product) => tileById.get(product.id) ?? [])
  const fills = facetValues(products, "Fill")
  const colours = facetValues(products, "Colour")
  const query = searchParams.toString()

  const navigate = (next: ShopView) =>
    startTransition(() => router.push(`${pathname}${shopViewToQuery(next)}`, { scroll: false }))
  const onChange = (event: FormEvent<HTMLFormElement>) => {
    const target = event.target as HTMLInputElement
    // Price boxes apply on submit or blur, not on every keystroke.
    if (target.type === "number") return
    navigate(readForm(event.currentTarget))
  }
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    navigate(readForm(event.currentTarget))
  }
  const active = activeFilterCount(filters)

  return (
    <div className={panel.layout}>
      <button
        type="button"
        className={`button button-secondary ${styles.toggle}`}
        aria-expanded={filtersOpen}
        aria-controls="shop-filters"
        onClick={() => setFiltersOpen(!filtersOpen)}
      >
        Filter and sort{active > 0 ? ` (${active} active)` : ""}
      </button>
      <form
        id="shop-filters"
        key={query}
        className={`${panel.filters} ${styles.collapsible} ${filtersOpen ? styles.open : ""}`} onChange={onChange} onSubmit={onSubmit} aria-label="Filter and sort products">
        <div className="field">
          <label htmlFor="sort">Sort by</label>
          <select id="sort" name="sort" defaultValue={view.sort}>
            {Object.entries(SORTS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        {showCategoryFilter && (
          <fieldset>
            <legend>Category</legend>
            {categories.map((c) => (
              <label key={c.id} className="checkbox">
                <input type="checkbox" name="category" value={c.handle} defaultChecked={filters.categories.includes(c.handle)} />
                {c.name}
              </label>
            ))}
          </fieldset>
        )}
        {fills.length > 0 && (
          <fieldset>
            <legend>Fill</legend>
            {fills.map((fill) => (
              <label key={fill} className="checkbox">
                <input type="checkbox" name="fill" value={fill} defaultChecked={filters.fills.includes(fill)} />
                {fill}
              </label>
            ))}
          </fieldset>
        )}
        {colours.length > 0 && (
          <fieldset>
            <legend>Colour</legend>
            {colours.map((colour) => (
              <label key={colour} className="checkbox">
                <input type="checkbox" name="colour" value={colour} defaultChecked={filters.colours.includes(colour)} />
                {colour}
              </label>
            ))}
          </fieldset>
        )}
        <PriceRangeFields region={region} idPrefix="" min={filters.minPrice} max={filters.maxPrice} />
        <div className={panel.filterActions}>
          <button type="submit" className="button">
            Apply
          </button>
          {active > 0 && (
            <button
              type="button"
              className="link-button"
              onClick={() => navigate({ ...view, filters: NO_FILTERS })}
            >
              Clear filters
            </button>
          )}
        </div>
      </form>
      <section aria-labelledby="results-heading" aria-busy={pending}>
        <h2 id="results-heading" className={styles.count} aria-live="polite">
          {shown.length === 1 ? "1 product" : `${shown.length} products`}
        </h2>
        {shown.length ? (
          <TileList tiles={interleave(shownTiles, postTiles, 4).map((tile) => (tile.kind === "product" ? tile.product : tile.post))} label="Products" />
        ) : (
          <p>No products match these filters. Try removing one.</p>
        )}
      </section>
    </div>
  )
}
