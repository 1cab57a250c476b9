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

export const revalidate = 600

type Params = { params: Promise<{ region: string; category: string }> }

export async function generateStaticParams() {
  const categories = await listCategories()
  return categories.map((c) => ({ category: c.handle }))
}

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
