import type { Metadata } from "next"
import { Suspense } from "react"
import { ShopBrowser } from "@/components/product/ShopBrowser"
import { renderTiles } from "@/components/product/TileGrid"
import { TileList } from "@/components/product/TileList"
import { filterableProduct } from "@/lib/catalogue"
import { listCategories } from "@/lib/medusa/categories"
import { listProducts } from "@/lib/medusa/products"
import { getRegion } from "@/lib/medusa/regions"
import { visiblePosts } from "@/lib/journal/content"
import { toPostSummary } from "@/lib/journal/summaries"
import { regionAlternates } from "@/lib/site"

export const revalidate = 600

type Params = { params: Promise<{ region: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: "Shop", alternates: await regionAlternates((await params).region, "/shop") }
}

export default async function ShopPage({ params }: Params) {
  const region = await getRegion((await params).region)
  const [products, categories, posts] = await Promise.all([listProducts(region), listCategories(), visiblePosts()])
  const productTiles = renderTiles(products.map((product) => ({ kind: "product", product })), region.key)
  const postTiles = renderTiles(posts.slice(0, 4).map((post) => ({ kind: "post", post: toPostSummary(post) })), region.key)
  return (
    <>
      <header className="page-header">
        <h1>Shop</h1>
        <p className="lead">Cushions, mats, benches and the small things around them, sewn and made to last.</p>
      </header>
      <Suspense fallback={<TileList tiles={productTiles} label="Products" />}>
        <ShopBrowser
          products={products.map(filterableProduct)}
          productTiles={productTiles}
          categories={categories}
          region={region.key}
          showCategoryFilter
          postTiles={postTiles}
        />
      </Suspense>
    </>
  )
}
