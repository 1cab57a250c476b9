/** The page links a pager shows: the first, the last, and the current one's neighbours. Pure: unit tested. */
export type PageLink = number | "gap"

export function pageNumbers(current: number, pages: number, around = 1): PageLink[] {
  if (pages <= 1) return []
  const wanted = new Set([1, pages])
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= pages) wanted.add(n)
  const sorted = [...wanted].sort((a, b) => a - b)
  const links: PageLink[] = []
  sorted.forEach((n, i) => {
    const gap = i > 0 ? n - sorted[i - 1] : 1
    // A gap of one page is shown as that page, not as "…".
    if (gap === 2) links.push(n - 1)
    else if (gap > 2) links.push("gap")
    links.push(n)
  })
  return links
}
