/**
 * A shop or category listing filtered, sorted or paged (/us/shop?fill=Kapok&page=2): proxy.ts
 * rewrites those addresses here, so the unfiltered first pages stay prerendered while every
 * other view renders per request from the URL. Never reached at this address (the proxy sends
 * it back to /shop).
 */
import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { ShopListing } from "@/components/product/ShopListing"
import { getCategory } from "@/lib/medusa/categories"
import { parseListingState } from "@/lib/shop-listing"
import { toURLSearchParams, type PageSearchParams } from "@/lib/search-query"
import { regionAlternates } from "@/lib/site"

type Props = { params: Promise<{ region: string; category?: string[] }>; searchParams: Promise<PageSearchParams> }

async function categoryOf(params: Props["params"]) {
  const { category } = await params
  if (!category) return null
  if (category.length !== 1) notFound()
  return category[0]
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const handle = await categoryOf(params)
  const category = handle ? await getCategory(handle) : null
  if (handle && !category) return { title: "Not found" }
  const { page } = parseListingState(toURLSearchParams(await searchParams))
  const path = `/shop${category ? `/${category.handle}` : ""}`
  return {
    title: `${category?.name ?? "Shop"}${page > 1 ? `, page ${page}` : ""}`,
    // Filtered views are endless combinations of one listing: its unfiltered page is the one to index.
    robots: { index: false, follow: true },
    alternates: await regionAlternates((await params).region, path),
  }
}

export default async function FilteredShopPage({ params, searchParams }: Props) {
  const [handle, { region }, query] = await Promise.all([categoryOf(params), params, searchParams])
  return <ShopListing region={region} category={handle} state={parseListingState(toURLSearchParams(query))} />
}
