/**
 * Images in a post point at files under content/. This gives each one its real width and
 * height (no layout shift), lazy loading, and the public URL the journal serves it from.
 * A missing file is reported on the VFile, naming the line.
 */
import type { Root } from "hast"
import { imageSizeFromFile } from "image-size/fromFile"
import { dirname, resolve, relative } from "node:path"
import type { Plugin } from "unified"
import { visit } from "unist-util-visit"
import type { VFile } from "vfile"

export type LocalImagesOptions = { contentDir: string; publicPrefix: string }

export const rehypeLocalImages: Plugin<[LocalImagesOptions], Root> = (options) => async (tree: Root, file: VFile) => {
  const images: { src: string; node: import("hast").Element }[] = []
  visit(tree, "element", (node) => {
    const src = node.properties.src
    if (node.tagName === "img" && typeof src === "string" && !/^[a-z]+:/i.test(src)) images.push({ src, node })
  })
  const baseDir = file.path ? dirname(file.path) : options.contentDir
  await Promise.all(
    images.map(async ({ src, node }) => {
      const path = resolve(baseDir, src)
      const relativePath = relative(options.contentDir, path)
      if (relativePath.startsWith("..")) {
        file.message(`image ${src} is outside content/`, node)
        return
      }
      try {
        const size = await imageSizeFromFile(path)
        node.properties.width = size.width
        node.properties.height = size.height
      } catch {
        file.message(`image ${src} does not exist (looked for ${relativePath})`, node)
      }
      node.properties.src = `${options.publicPrefix}/${relativePath.split("\\").join("/")}`
      node.properties.loading = "lazy"
      node.properties.decoding = "async"
    })
  )
}
