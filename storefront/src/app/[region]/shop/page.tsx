import type { Metadata } from "next"
import { ShopListing } from "@/components/product/ShopListing"
import { DEFAULT_LISTING } from "@/lib/shop-listing"
import { regionAlternates } from "@/lib/site"

/** The first page, unfiltered, prerendered; filtered, sorted and later pages are shop-filtered/ (see proxy.ts). */
export const revalidate = 600

type Params = { params: Promise<{ region: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: "Shop", alternates: await regionAlternates((await params).region, "/shop") }
}

export default async function ShopPage({ params }: Params) {
  return <ShopListing region={(await params).region} category={null} state={DEFAULT_LISTING} />
}
