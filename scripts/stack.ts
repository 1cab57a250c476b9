/**
 * The shop's apps on a prepared database (prepareDatabase): the backend and the storefront, one
 * process each or as a cluster, built first when they run from a build. Used by `npm start`,
 * `npm run start:cluster`, the test stacks and the benchmarks.
 */
import { join } from "node:path"
import { ensureBuilt, type App } from "./builds"
import { startCluster, type Cluster, type ClusterShape } from "./cluster"
import { startBackend, startBuiltCopy } from "./medusa-app"
import { stopServices, waitForHttp, type Service } from "./processes"
import { startStorefront, storefrontEnv, type StorefrontSettings } from "./storefront-app"
import { unwatched, type StepRunner } from "./steps"

export type StackSettings = {
  /** The backend's environment (backendEnv): database, port, secrets, upload folder. */
  backendEnv: NodeJS.ProcessEnv
  /**
   * "production" runs the builds, built first when their sources changed; "develop" runs
   * `medusa develop` and `next dev`; "source" (the cluster tests) the backend's TypeScript
   * sources and the storefront's build.
   */
  mode: "production" | "develop" | "source"
  /** Runs a private copy of the backend build under this name (see startBuiltCopy). */
  privateBuild?: string
  /** Backend processes on one port (`medusa start --cluster`; decided by chooseProcessModel); default 1. */
  backendProcesses?: number
  storefront?: Omit<StorefrontSettings, "backendUrl"> & {
    /** Started by the stack's startStorefront() rather than with the backend (one process each; a cluster starts its storefronts). */
    deferred?: boolean
  }
  /** Backend servers, a worker and storefront instances behind balancers, instead of one of each. */
  cluster?: ClusterShape
  /** Each process logs to <logDir>/<name>.log; without it, to this terminal with a [name] prefix. */
  logDir?: string
  steps?: StepRunner
  onBuilt?: (app: App, built: boolean) => void
  /** The builds' output. */
  onLine: (line: string) => void
  log?: (line: string) => void
}

export type Stack = {
  backendUrl: string
  /** Set once the storefront answers. */
  storefrontUrl?: string
  /** One process each: the backend, and the storefront once started. */
  backend?: Service
  storefront?: Service
  /** As a cluster: every instance, and the balancers. */
  cluster?: Cluster
  /** Starts a deferred storefront; resolves with its address. */
  startStorefront: () => Promise<string>
  stop: () => Promise<void>
}

export async function startStack(settings: StackSettings & { cluster: ClusterShape }): Promise<Stack & { cluster: Cluster }>
export async function startStack(settings: StackSettings): Promise<Stack>
export async function startStack(settings: StackSettings): Promise<Stack> {
  const { mode, storefront, onLine } = settings
  const steps = settings.steps ?? unwatched
  const backendPort = Number(settings.backendEnv.PORT)
  const backendUrl = `http://localhost:${backendPort}`
  const logFile = (name: string) => (settings.logDir ? join(settings.logDir, `${name}.log`) : undefined)

  if (mode === "production") {
    settings.onBuilt?.("backend", await steps("backend build", () => ensureBuilt("backend", settings.backendEnv, onLine)))
  }

  const shape = settings.cluster
  if (shape) {
    if (mode === "develop") throw new Error("A cluster runs the production build or the sources, not `medusa develop`")
    const cluster = await steps("cluster start", () =>
      startCluster({
        ...shape,
        mode,
        env: settings.backendEnv,
        backendPort,
        storefront,
        logDir: settings.logDir,
        onBuilt: settings.onBuilt,
        onLine,
        log: settings.log ?? (() => {}),
      })
    )
    return {
      backendUrl,
      storefrontUrl: cluster.storefrontUrl,
      cluster,
      startStorefront: async () => {
        if (!cluster.storefrontUrl) throw new Error("This cluster runs no storefront")
        return cluster.storefrontUrl
      },
      stop: () => cluster.stop(),
    }
  }

  let removeBuildCopy = () => {}
  const stack: Stack = {
    backendUrl,
    async startStorefront() {
      if (!storefront) throw new Error("This stack runs no storefront")
      const env = storefrontEnv({ ...storefront, backendUrl })
      if (mode !== "develop") {
        settings.onBuilt?.("storefront", await steps("storefront build", () => ensureBuilt("storefront", env, onLine)))
      }
      const url = `http://localhost:${storefront.port}`
      await steps("storefront start", () => {
        stack.storefront = startStorefront(mode === "develop" ? "develop" : "production", env, logFile("storefront"))
        return waitForHttp(url, "The storefront", stack.storefront, 300_000)
      })
      stack.storefrontUrl = url
      return url
    },
    async stop() {
      await stopServices([stack.storefront, stack.backend].filter((service): service is Service => Boolean(service)))
      removeBuildCopy()
    },
  }
  try {
    await steps("backend start", () => {
      if (settings.privateBuild) {
        const copy = startBuiltCopy(settings.backendEnv, settings.privateBuild, { logFile: logFile("backend"), processes: settings.backendProcesses })
        removeBuildCopy = copy.remove
        stack.backend = copy.service
      } else {
        stack.backend = startBackend(mode, settings.backendEnv, { logFile: logFile("backend"), processes: settings.backendProcesses })
      }
      return waitForHttp(`${backendUrl}/health`, "The backend", stack.backend)
    })
    if (storefront && !storefront.deferred) await stack.startStorefront()
  } catch (error) {
    await stack.stop()
    throw error
  }
  return stack
}
