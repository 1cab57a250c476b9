import type { MetadataRoute } from "next"
import { visiblePosts } from "@/lib/journal/content"
import { listCategories } from "@/lib/medusa/categories"
import { listProductHandles } from "@/lib/medusa/products"
import { listRegions } from "@/lib/medusa/regions"
import { pathInRegion, regionLanguages } from "@/lib/region"
import { absoluteUrl } from "@/lib/site"

export const revalidate = 3600

type Page = Omit<MetadataRoute.Sitemap[number], "url"> & { path: string }

/** Every product, category and post, in both regions, each naming its copies in the other region. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [handles, categories, posts, regions] = await Promise.all([listProductHandles(), listCategories(), visiblePosts(), listRegions()])
  const pages: Page[] = [
    { path: "", changeFrequency: "daily", priority: 1 },
    { path: "/shop", changeFrequency: "daily" },
    { path: "/journal", changeFrequency: "weekly" },
    ...categories.map((c) => ({ path: `/shop/${c.handle}` })),
    ...handles.map((handle): Page => ({ path: `/products/${handle}`, changeFrequency: "daily" })),
    ...posts.map((post) => ({ path: `/journal/${post.slug}`, lastModified: post.updated ?? post.published })),
  ]
  return regions.flatMap((region) =>
    pages.map(({ path, ...page }) => ({
      ...page,
      url: absoluteUrl(pathInRegion(path, region.key)),
      alternates: { languages: regionLanguages(path, regions, absoluteUrl) },
    }))
  )
}
