import { getProduct, listProductHandles } from "@/lib/medusa/products"
import { getRegion } from "@/lib/medusa/regions"
import { DEFAULT_REGION } from "@/lib/region"
import { fetchPicture, pictureCard, pngResponse } from "@/lib/share-card"

/** A product's share card, drawn at build time from its first picture; redrawn when the product changes. */
export const dynamic = "force-static"
export const revalidate = 3600

export async function generateStaticParams() {
  return (await listProductHandles()).map((handle) => ({ handle }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ handle: string }> }) {
  const { handle } = await params
  const product = await getProduct(handle, await getRegion(DEFAULT_REGION))
  const picture = product?.images[0] && (await fetchPicture(product.images[0].url))
  if (!picture) return new Response("Not found", { status: 404 })
  return pngResponse(await pictureCard(picture))
}
