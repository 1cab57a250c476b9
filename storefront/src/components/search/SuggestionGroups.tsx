import Image from "next/image"
import type { MouseEvent } from "react"
import { formatMoney } from "@/lib/format"
import type { PostHit, ProductHit } from "@/lib/medusa/types"
import { Highlighted } from "./Highlighted"
import styles from "./SearchBox.module.css"

/** What SearchBox gives each option: its role, id, selection state and handlers. */
export type OptionProps = (index: number) => {
  role: "option"
  id: string
  "aria-selected": boolean
  className: string
  onMouseDown: (event: MouseEvent) => void
  onMouseMove: () => void
  onClick: () => void
}

/**
 * The typeahead's product and post options. Loaded only once the visitor starts to search
 * (with next/image for the thumbnails), so pages don't ship it up front.
 */
export function SuggestionGroups({ id, products, posts, optionProps }: { id: string; products: ProductHit[]; posts: PostHit[]; optionProps: OptionProps }) {
  return (
    <>
      {products.length > 0 && (
        // biome-ignore lint/a11y/useSemanticElements: a group of options inside the combobox's listbox (ARIA listbox pattern); a <fieldset> is for form controls and would bring their semantics and styling
        <div role="group" aria-labelledby={`${id}-products`}>
          <div role="presentation" id={`${id}-products`} className={styles.groupLabel}>
            Products
          </div>
          {products.map((product, index) => (
            <div key={product.id} {...optionProps(index)}>
              <span className={styles.thumb}>{product.thumbnail && <Image src={product.thumbnail} alt="" width={44} height={44} />}</span>
              <span className={styles.text}>
                <span className={styles.title} data-testid="suggestion-title">
                  <Highlighted parts={product.title} />
                </span>
                <span className={styles.detail}>{product.snippet ? <Highlighted parts={product.snippet} /> : product.subtitle}</span>
              </span>
              {product.fromPrice && <span className={styles.price}>from {formatMoney(product.fromPrice)}</span>}
            </div>
          ))}
        </div>
      )}
      {posts.length > 0 && (
        // biome-ignore lint/a11y/useSemanticElements: a group of options inside the combobox's listbox (ARIA listbox pattern); a <fieldset> is for form controls and would bring their semantics and styling
        <div role="group" aria-labelledby={`${id}-posts`}>
          <div role="presentation" id={`${id}-posts`} className={styles.groupLabel}>
            From the journal
          </div>
          {posts.map((post, index) => (
            <div key={post.id} {...optionProps(products.length + index)}>
              <span className={styles.text}>
                <span className={styles.title}>
                  <Highlighted parts={post.title} />
                </span>
                <span className={styles.detail}>
                  <Highlighted parts={post.snippet} />
                </span>
              </span>
            </div>
          ))}
        </div>
      )}
    </>
  )
}
