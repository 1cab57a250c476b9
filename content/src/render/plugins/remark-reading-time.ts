/** Words and minutes to read, at a calm 220 words a minute; stored on file.data. */
import type { Root } from "mdast"
import { toString as mdastToString } from "mdast-util-to-string"
import type { Plugin } from "unified"
import type { VFile } from "vfile"

export const WORDS_PER_MINUTE = 220

export const remarkReadingTime: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  const words = mdastToString(tree).split(/\s+/).filter((word) => /\w/.test(word)).length
  file.data.wordCount = words
  file.data.readingMinutes = Math.max(1, Math.round(words / WORDS_PER_MINUTE))
}
