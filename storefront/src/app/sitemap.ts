import type { MetadataRoute } from "next"
import { visiblePosts } from "@/lib/journal/content"
import { listCategories } from "@/lib/medusa/categories"
import { listProductHandles } from "@/lib/medusa/products"
import { REGION_KEYS } from "@/lib/region"
import { absoluteUrl } from "@/lib/site"

export const revalidate = 3600

/** Every product, category and post, in both regions. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [handles, categories, posts] = await Promise.all([listProductHandles(), listCategories(), visiblePosts()])
  return REGION_KEYS.flatMap((region) => [
    { url: absoluteUrl(`/${region}`), changeFrequency: "daily" as const, priority: 1 },
    { url: absoluteUrl(`/${region}/shop`), changeFrequency: "daily" as const },
    { url: absoluteUrl(`/${region}/journal`), changeFrequency: "weekly" as const },
    ...categories.map((c) => ({ url: absoluteUrl(`/${region}/shop/${c.handle}`) })),
    ...handles.map((handle) => ({ url: absoluteUrl(`/${region}/products/${handle}`), changeFrequency: "daily" as const })),
    ...posts.map((post) => ({ url: absoluteUrl(`/${region}/journal/${post.slug}`), lastModified: post.updated ?? post.published })),
  ])
}
