/**
 * Two hand-written HTML pages, no script, no stylesheet file: the browser's own floor for a first
 * frame, beside the shop's pages. They differ in one CSS rule naming a font family, because a fresh
 * Chromium here spent about a second on its first font look-up (first frame at ~1.2 s against
 * ~0.1 s). The bench measures them after the shop's pages, in a browser that has looked fonts up
 * already, so a slow first frame on the shop's pages is not that look-up if these stay fast.
 */
import { createServer } from "node:http"
import { findFreePort } from "../scripts/ports"

export const BARE_HTML = "bare HTML page" as const
export const BARE_HTML_FONT = "bare HTML page, one font-family rule" as const

const page = (style: string) =>
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
  `<title>Stillpoint</title><meta name="description" content="A page with nothing of the shop in it.">${style}</head>` +
  "<body><main><h1>Stillpoint</h1><p>A hand-written page with nothing of the shop in it, long enough to be the largest text on it.</p></main></body></html>"

const PAGES: Record<string, string> = {
  "/": page(""),
  "/font-family": page("<style>body{font-family:Georgia,serif}</style>"),
}

export async function startBareHtml() {
  const server = createServer((request, response) => {
    const body = PAGES[request.url ?? ""]
    response.writeHead(body ? 200 : 404, { "content-type": "text/html; charset=utf-8" })
    response.end(body ?? "not found")
  })
  const port = await findFreePort()
  await new Promise<void>((listening) => server.listen(port, "127.0.0.1", listening))
  const base = `http://localhost:${port}`
  return {
    targets: [
      { page: BARE_HTML, url: `${base}/` },
      { page: BARE_HTML_FONT, url: `${base}/font-family` },
    ],
    stop: () => new Promise<void>((closed) => server.close(() => closed())),
  }
}
