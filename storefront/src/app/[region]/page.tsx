import type { Metadata } from "next"
import Link from "next/link"
import { TileGrid } from "@/components/product/TileGrid"
import { visiblePosts } from "@/lib/journal/content"
import { interleave, toPostSummary } from "@/lib/journal/summaries"
import { listCategories } from "@/lib/medusa/categories"
import { listFeaturedProducts } from "@/lib/medusa/products"
import { getRegion } from "@/lib/medusa/regions"
import { regionAlternates } from "@/lib/site"
import styles from "./home.module.css"

export const revalidate = 600

type Params = { params: Promise<{ region: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { alternates: await regionAlternates((await params).region, "") }
}

export default async function HomePage({ params }: Params) {
  const region = await getRegion((await params).region)
  // Ten products and two posts fill three rows of four.
  const [products, categories, posts] = await Promise.all([listFeaturedProducts(region, 10), listCategories(), visiblePosts()])
  const tiles = interleave(products, posts.slice(0, 2).map(toPostSummary), 4)
  return (
    <>
      <section className={styles.hero} aria-labelledby="hero-heading">
        <div>
          <h1 id="hero-heading">A steady seat for a quiet mind</h1>
          <p className="lead">
            Zafus, zabutons and benches sewn from honest cloth and filled by hand in our workshop. Made to be sat on every
            day for decades.
          </p>
          <Link href={`/${region.key}/shop`} className="button">
            Shop cushions
          </Link>
        </div>
      </section>
      <section aria-labelledby="featured-heading" className={styles.section}>
        <h2 id="featured-heading">Cushions and companions</h2>
        <TileGrid tiles={tiles} region={region.key} label="Featured products" />
      </section>
      <section aria-labelledby="categories-heading" className={styles.section}>
        <h2 id="categories-heading">Find your way to sit</h2>
        <ul className={styles.categories}>
          {categories.map((c) => (
            <li key={c.id}>
              <Link href={`/${region.key}/shop/${c.handle}`} className={styles.category}>
                <span className={styles.categoryName}>{c.name}</span>
                <span className={styles.categoryText}>{c.description}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}
