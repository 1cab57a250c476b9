/**
 * The admin's Journal page, post page and product widget read this: every post with its status,
 * the products it links with their state in the catalogue (a warning when a reader would meet
 * "no longer available" or "sold out"), and what it sold in the period (attributed-sales.ts).
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, getTotalVariantAvailability } from "@medusajs/framework/utils"
import type { Post } from "@stillpoint/content"
import { journalSales, type Period, type Sales } from "./attributed-sales"
import { journalPosts, type PostStatus, postStatus } from "./posts"

export type ProductState = "published" | "draft" | "proposed" | "rejected" | "missing"

export type LinkedProduct = {
  handle: string
  id: string | null
  title: string | null
  state: ProductState
  sold_out: boolean
  /** What a reader of the post meets, when it is not the product on sale. */
  warning: string | null
  sales: Sales
}

export type JournalPostRow = {
  slug: string
  title: string
  status: PostStatus
  /** The post's date: when it was published, or is scheduled to be. */
  date: string
  products: LinkedProduct[]
  sales: Sales
}

export type JournalReport = { period: { from: string; to: string }; posts: JournalPostRow[] }

type ProductRow = { id: string; handle: string; title: string; status: string; variants?: ({ id: string } | null)[] | null }

const STATES = new Set<ProductState>(["published", "draft", "proposed", "rejected"])

function warningFor(state: ProductState, soldOut: boolean): string | null {
  if (state === "missing") return "No product has this handle any more: readers see “no longer available”."
  if (state !== "published") return `The product is ${state}, not published: readers see “no longer available”.`
  if (soldOut) return "Sold out in every variant: readers cannot buy it from the post."
  return null
}

async function catalogueState(container: MedusaContainer, handles: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products }: { data: ProductRow[] } = handles.length
    ? await query.graph({ entity: "product", fields: ["id", "handle", "title", "status", "variants.id"], filters: { handle: handles } })
    : { data: [] }
  const variantsOf = new Map(products.map((product) => [product.handle, (product.variants ?? []).flatMap((variant) => (variant ? [variant.id] : []))]))
  const variantIds = [...variantsOf.values()].flat()
  const availability = variantIds.length ? await getTotalVariantAvailability(query, { variant_ids: variantIds }) : {}
  return new Map(
    products.map((product) => {
      const variants = variantsOf.get(product.handle) ?? []
      // A variant whose stock is not managed (availability null) is always for sale.
      const soldOut = variants.length > 0 && variants.every((id) => {
        const available = availability[id]?.availability
        return available !== null && available !== undefined && available <= 0
      })
      return [product.handle, { id: product.id, title: product.title, status: product.status, soldOut }]
    })
  )
}

export async function journalReport(container: MedusaContainer, period: Period, now = new Date()): Promise<JournalReport> {
  const posts: Post[] = await journalPosts()
  const handles = [...new Set(posts.flatMap((post) => post.productHandles))]
  const [catalogue, sales] = await Promise.all([catalogueState(container, handles), journalSales(container, period)])
  return {
    period: { from: period.from.toISOString(), to: period.to.toISOString() },
    posts: posts.map((post) => ({
      slug: post.slug,
      title: post.title,
      status: postStatus(post, now),
      date: post.published.toISOString(),
      sales: sales.of(post.slug),
      products: post.productHandles.map((handle) => {
        const product = catalogue.get(handle)
        const state: ProductState = product ? (STATES.has(product.status as ProductState) ? (product.status as ProductState) : "draft") : "missing"
        const soldOut = product?.soldOut ?? false
        return {
          handle,
          id: product?.id ?? null,
          title: product?.title ?? null,
          state,
          sold_out: soldOut,
          warning: warningFor(state, soldOut),
          sales: sales.of(post.slug, handle),
        }
      }),
    })),
  }
}
