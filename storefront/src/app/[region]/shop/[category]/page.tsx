import type { Metadata } from "next"
import { ShopListing } from "@/components/product/ShopListing"
import { getCategory, listCategories } from "@/lib/medusa/categories"
import { DEFAULT_LISTING } from "@/lib/shop-listing"
import { regionAlternates } from "@/lib/site"

/** The first page, unfiltered, prerendered; filtered, sorted and later pages are shop-filtered/ (see proxy.ts). */
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
  const { region, category } = await params
  return <ShopListing region={region} category={category} state={DEFAULT_LISTING} />
}
