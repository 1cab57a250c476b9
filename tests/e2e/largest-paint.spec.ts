/**
 * Each page's largest paint on a phone is its first image (a journal listing's first card, a
 * post's cover, the first product tiles): the server's HTML asks for it first (preloaded, high
 * priority, never lazy), and leaves the images further down to load lazily.
 */
import { expect, test } from "./shop"

/** Which picture an address is: an optimised image's source (its widths differ), else the path. */
const pictureOf = (src: string) => (src.startsWith("/_next/image?") ? new URLSearchParams(src.split("?")[1]).get("url") : src)

/** The page's <img> tags in document order, and the images it preloads. */
async function imagesOf(request: { get(url: string): Promise<{ status(): number; text(): Promise<string> }> }, path: string) {
  const response = await request.get(path)
  expect(response.status(), path).toBe(200)
  const html = await response.text()
  const main = html.slice(html.indexOf("<main"))
  const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]
  const images = [...main.matchAll(/<img\b[^>]*>/g)].map(([tag]) => ({
    src: attribute(tag, "src") ?? "",
    loading: attribute(tag, "loading"),
    priority: attribute(tag, "fetchPriority"),
  }))
  const preloads = [...html.matchAll(/<link rel="preload"[^>]*as="image"[^>]*>/g)].map(([tag]) => ({
    href: attribute(tag, "href") ?? attribute(tag, "imageSrcSet")?.split(" ")[0]?.replace(/&amp;/g, "&") ?? "",
    priority: attribute(tag, "fetchPriority"),
  }))
  return { images: images.map((image) => ({ ...image, src: image.src.replace(/&amp;/g, "&") })), preloads }
}

const PAGES: { path: string; lead: (src: string) => boolean; eager: number }[] = [
  { path: "/us/journal", lead: (src) => src.startsWith("/journal-images/posts/"), eager: 1 },
  { path: "/eu/journal/tag/posture", lead: (src) => src.startsWith("/journal-images/posts/"), eager: 1 },
  { path: "/us/journal/author/hana-ostrowski", lead: (src) => src.startsWith("/journal-images/posts/"), eager: 1 },
  { path: "/us/journal/zafu-or-bench", lead: (src) => src === "/journal-images/posts/zafu-or-bench.svg", eager: 1 },
  { path: "/us/shop", lead: (src) => src.startsWith("/_next/image?"), eager: 2 },
  { path: "/us", lead: (src) => src.startsWith("/_next/image?"), eager: 2 },
]

for (const { path, lead, eager } of PAGES) {
  test(`${path}: the first image is fetched first, the ones further down lazily`, async ({ request }) => {
    const { images, preloads } = await imagesOf(request, path)
    // An author page opens with the author's small portrait, not its largest paint.
    const first = images.findIndex((image) => lead(image.src))
    expect(first, `${path}: its lead image`).toBeGreaterThanOrEqual(0)
    for (const image of images.slice(first, first + eager)) {
      expect(image, `${path}: ${image.src}`).toMatchObject({ priority: "high" })
      expect(image.loading, `${path}: ${image.src}`).not.toBe("lazy")
      expect(preloads.map((preload) => pictureOf(preload.href)), `${path}: preloaded`).toContain(pictureOf(image.src))
      expect(preloads.find((preload) => pictureOf(preload.href) === pictureOf(image.src))?.priority).toBe("high")
    }
    const below = images.slice(first + eager)
    expect(below.length, `${path}: images further down`).toBeGreaterThan(0)
    for (const image of below) expect(image.loading, `${path}: ${image.src}`).toBe("lazy")
  })
}
