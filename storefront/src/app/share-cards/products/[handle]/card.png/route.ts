import { getProduct } from "@/lib/medusa/products"
import { getRegion } from "@/lib/medusa/regions"
import { DEFAULT_REGION } from "@/lib/region"
import { fetchPicture, pictureCard, pngResponse } from "@/lib/share-card"

/**
 * A product's share card, drawn from its first picture when asked for. Not prerendered: products
 * come and go after the build, and a statically regenerated route would write each made-up
 * handle's 404 to the page cache. Only link previews ask for it, and browsers and previewers keep
 * it a day (pngResponse); getProduct answers null for a handle the catalogue does not list
 * without asking the Store API.
 */
export const dynamic = "force-dynamic"

export async function GET(_request: Request, { params }: { params: Promise<{ handle: string }> }) {
  const { handle } = await params
  const product = await getProduct(handle, await getRegion(DEFAULT_REGION))
  const picture = product?.images[0] && (await fetchPicture(product.images[0].url))
  if (!picture) return new Response("Not found", { status: 404 })
  return pngResponse(await pictureCard(picture))
}
