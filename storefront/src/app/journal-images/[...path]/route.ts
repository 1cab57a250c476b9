import { readdirSync, statSync } from "node:fs"
import { extname, join, relative } from "node:path"
import { contentDir } from "@stillpoint/content"
import { readContentFile } from "@/lib/journal/content"

/** Serves content/images (post covers, inline images, avatars) as static files. */
export const dynamic = "force-static"
// Only the files that exist at build: a miss is a 404 never rendered or cached per address.
export const dynamicParams = false

const TYPES: Record<string, string> = { ".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".webp": "image/webp" }

export function generateStaticParams() {
  const root = join(contentDir(), "images")
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]))
  return walk(root).map((file) => ({ path: relative(root, file).split("/") }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params
  const file = readContentFile(join("images", ...path))
  const type = TYPES[extname(path.at(-1) ?? "").toLowerCase()]
  if (!file || !type) return new Response("Not found", { status: 404 })
  return new Response(new Uint8Array(file), {
    headers: {
      "content-type": type,
      "cache-control": "public, max-age=86400",
      // SVGs are our own drawings; still, never let one run script.
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'",
    },
  })
}
