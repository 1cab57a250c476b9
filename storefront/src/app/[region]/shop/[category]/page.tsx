import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { Suspense } from "react"
import { ShopBrowser } from "@/components/product/ShopBrowser"
import { renderTiles } from "@/components/product/TileGrid"
import { TileList } from "@/components/product/TileList"
import { filterableProduct } from "@/lib/catalogue"
import { getCategory, listCategories } from "@/lib/medusa/categories"
import { listProducts } from "@/lib/medusa/products"
import { getRegion } from "@/lib/medusa/regions"
import { PostList } from "@/components/journal/PostCard"
import { visiblePosts } from "@/lib/journal/content"
import { toPostSummary } from "@/lib/journal/summaries"
import { regionAlternates } from "@/lib/site"

// Rendered per request, as product pages are, with its data from the data cache (one cached list
// of categories, one of products, cleared by tag on catalogue changes). Statically regenerated (ISR),
// every made-up category address was rendered and written to the page cache as its own 404, an
// unbounded disk growth; and a page for a category created after the build must still work, so the
// handles cannot be fixed at build (`dynamicParams = false`). Next 16 cannot leave one ISR render out
// of the cache (a dynamic call in it fails the render), so the route is dynamic.
export const dynamic = "force-dynamic"

type Params = { params: Promise<{ region: string; category: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { region, category: handle } = await params
  const category = await getCategory(handle)
  if (!category) return { title: "Not found" }
  return { title: category.name, alternates: await regionAlternates(region, `/shop/${category.handle}`) }
}

export default async function CategoryPage({ params }: Params) {
  const { region: regionKey, category: handle } = await params
  const [region, category, categories] = await Promise.all([getRegion(regionKey), getCategory(handle), listCategories()])
  if (!category) notFound()
  const products = (await listProducts(region)).filter((p) => p.categoryHandles.includes(category.handle))
  // The category's posts are the ones that link to its products (the journal's own link graph).
  const handles = new Set(products.map((p) => p.handle))
  const posts = (await visiblePosts()).filter((post) => post.productHandles.some((h) => handles.has(h))).map(toPostSummary)
  const productTiles = renderTiles(products.map((product) => ({ kind: "product", product })), region.key)
  const postTiles = renderTiles(posts.slice(0, 2).map((post) => ({ kind: "post", post })), region.key)
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <Link href={`/${region.key}/shop`}>Shop</Link> / <span aria-current="page">{category.name}</span>
      </nav>
      <header className="page-header">
        <h1>{category.name}</h1>
        <p className="lead">{category.description}</p>
      </header>
      <Suspense fallback={<TileList tiles={productTiles} label="Products" />}>
        <ShopBrowser
          products={products.map(filterableProduct)}
          productTiles={productTiles}
          categories={categories}
          region={region.key}
          showCategoryFilter={false}
          postTiles={postTiles}
        />
      </Suspense>
      {posts.length > 0 && (
        <section aria-labelledby="category-journal" data-testid="category-journal">
          <h2 id="category-journal">From the journal</h2>
          <PostList posts={posts.slice(0, 3)} region={region.key} />
        </section>
      )}
    </>
  )
}
