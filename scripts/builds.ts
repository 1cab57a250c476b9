/**
 * Every build the launch layer makes goes through ensureBuilt, so whatever the apps' builds
 * need built before them has one place to go.
 */
import { buildBackendIfChanged } from "./medusa-app"
import { buildStorefrontIfChanged } from "./storefront-app"

export type App = "backend" | "storefront"

/** `medusa build` or `next build`, skipped when the app's stamp says the build is current; true when it built. */
export async function ensureBuilt(app: App, env: NodeJS.ProcessEnv, onLine?: (line: string) => void): Promise<boolean> {
  return app === "backend" ? buildBackendIfChanged(env, onLine) : buildStorefrontIfChanged(env, onLine)
}
