/**
 * The framework's floor for Lighthouse: an App Router application with one static page (a heading
 * and a paragraph, no client component, no CSS), built and served by the same `next` and React as
 * the storefront. Whatever it scores is what React and Next's App Router runtime cost before any
 * code of ours, so a target it cannot meet on this machine is below the framework, not the shop.
 */
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { findFreePort } from "../scripts/ports"
import { run, startService, stopServices, waitForHttp } from "../scripts/processes"

const STOREFRONT_DIR = resolve(__dirname, "../storefront")
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`, { paths: [STOREFRONT_DIR] }))

const FILES: Record<string, string> = {
  "package.json": JSON.stringify({ name: "empty-app-router", private: true }),
  "next.config.js": "module.exports = { poweredByHeader: false }\n",
  "app/layout.js": 'export default function Layout({ children }) {\n  return <html lang="en"><body>{children}</body></html>\n}\n',
  "app/page.js":
    'export const metadata = { title: "Empty", description: "An App Router page with nothing of the shop in it." }\n' +
    "export default function Page() {\n  return <main><h1>Stillpoint</h1><p>An App Router page with nothing of the shop in it.</p></main>\n}\n",
}

export async function startEmptyAppRouter(runDir: string, log: (line: string) => void) {
  const dir = join(runDir, "empty-app-router")
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true })
    writeFileSync(join(dir, file), text)
  }
  // The storefront's own copies: React 19 lives in storefront/node_modules, the admin's 18 at the top.
  mkdirSync(join(dir, "node_modules"), { recursive: true })
  for (const name of ["next", "react", "react-dom"]) symlinkSync(packageDir(name), join(dir, "node_modules", name))
  const next = join(dir, "node_modules/next/dist/bin/next")
  const env = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" }
  const started = Date.now()
  await run(process.execPath, [next, "build"], { cwd: dir, env, quiet: true })
  const port = await findFreePort()
  const service = startService("empty-app-router", process.execPath, [next, "start", "-p", String(port)], { cwd: dir, env, logFile: join(runDir, "empty-app-router.log") })
  const url = `http://localhost:${port}/`
  await waitForHttp(url, "the empty App Router app", service)
  log(`empty App Router page (next ${require(join(packageDir("next"), "package.json")).version}) on ${url}, built in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return { url, stop: () => stopServices([service]) }
}
