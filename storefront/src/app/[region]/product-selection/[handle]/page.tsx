/**
 * A product page whose address has a query (/us/products/classic-round-zafu?colour=sage&fill=kapok,
 * or ?from=<post> from a journal link): proxy.ts rewrites those addresses here, so the plain
 * address stays prerendered while these render per request, on the variant the address names.
 * Never reached at this address (the proxy sends it back to /products).
 */
import type { Metadata } from "next"
import { ProductPage, productMetadata } from "@/components/product/ProductPage"
import type { Query } from "@/lib/variants"

type Props = { params: Promise<{ region: string; handle: string }>; searchParams: Promise<Query> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return productMetadata({ ...(await params), unlisted: "fetch" })
}

export default async function SelectedProductPage({ params, searchParams }: Props) {
  const [{ region, handle }, query] = await Promise.all([params, searchParams])
  return <ProductPage region={region} handle={handle} query={query} unlisted="fetch" />
}
