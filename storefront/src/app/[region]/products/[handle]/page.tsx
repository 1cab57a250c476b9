/**
 * A product at its plain address, on the variant the shop would pick: prerendered on its first
 * visit and served from the cache until the catalogue changes (the products tag) or 10 minutes
 * pass. An address with a query (a chosen variant, the post that linked it) is product-selection/
 * (see proxy.ts).
 */
import type { Metadata } from "next"
import { ProductPage, productMetadata } from "@/components/product/ProductPage"

export const revalidate = 600

type Params = { params: Promise<{ region: string; handle: string }> }

/** None at build: each product's page is written on its first visit (a catalogue may hold thousands). */
export async function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return productMetadata({ ...(await params), unlisted: "null" })
}

export default async function PlainProductPage({ params }: Params) {
  return <ProductPage {...await params} unlisted="null" />
}
