/**
 * The shop as several processes on one machine: backend servers that answer HTTP only
 * (MEDUSA_WORKER_MODE=server), one worker for subscribers, scheduled jobs and search indexing
 * (MEDUSA_WORKER_MODE=worker), storefront instances of one build, and nginx balancing in
 * front of the servers and in front of the storefronts. All of them share PostgreSQL,
 * Redis (event bus, workflow engine, locking, caching, sessions) and the upload folder.
 * Used by `npm run start:cluster`, the cluster tests and the cluster benchmark.
 */
import { join } from "node:path"
import { ensureBuilt, type App } from "./builds"
import { requireNginx, startBalancers } from "./load-balancer"
import { startBackend } from "./medusa-app"
import { findFreePort } from "./ports"
import { waitForHttp, type Service } from "./processes"
import { startStorefront, storefrontEnv, type StorefrontSettings } from "./storefront-app"

export type InstanceRole = "server" | "worker" | "storefront"

export type ClusterInstance = {
  name: string
  role: InstanceRole
  port: number
  url: string
  running: () => boolean
  /** Starts the process and resolves once it answers. */
  start: () => Promise<void>
  /** Sends `signal` and resolves once the process is gone. */
  stop: (signal?: NodeJS.Signals) => Promise<void>
}

export type Cluster = {
  backendUrl: string
  storefrontUrl?: string
  /** The balancers' generated nginx configuration. */
  balancerConfig: string
  instances: ClusterInstance[]
  stop: () => Promise<void>
}

/** How many of each process, and what they share. */
export type ClusterShape = {
  servers: number
  /** Storefront instances; none without the settings' storefront. */
  storefronts: number
  /** Every backend process's REDIS_URL, its password included. */
  redisUrl: string
  /** Holds the source-mode app folders and the balancer's files. */
  runDir: string
}

export type ClusterSettings = ClusterShape & {
  /** "production" runs the build in .medusa/server (build it first); "source" the TypeScript sources. */
  mode: "production" | "source"
  /** The shop's backend environment (backendEnv): database, secrets, upload folder. */
  env: NodeJS.ProcessEnv
  /** The backend balancer's port. */
  backendPort: number
  /** The storefront balancer's port is `port`; the instances get ports of their own. */
  storefront?: Omit<StorefrontSettings, "backendUrl">
  /** Each process logs to <logDir>/<name>.log; without it, to this terminal with a [name] prefix. */
  logDir?: string
  onBuilt?: (app: App, built: boolean) => void
  /** The storefront build's output. */
  onLine: (line: string) => void
  log: (line: string) => void
}

export async function startCluster(settings: ClusterSettings): Promise<Cluster> {
  // Before any process starts: without nginx there is no cluster (the error says how to install it).
  requireNginx()
  const storefront = settings.storefronts > 0 ? settings.storefront : undefined
  const storefrontCount = storefront ? settings.storefronts : 0
  const taken = new Set([settings.backendPort, ...(storefront ? [storefront.port] : [])])
  const freePort = async () => {
    for (;;) {
      const port = await findFreePort(0)
      if (!taken.has(port)) {
        taken.add(port)
        return port
      }
    }
  }
  const backendUrl = `http://localhost:${settings.backendPort}`
  const storefrontUrl = storefront ? `http://localhost:${storefront.port}` : undefined
  const storefrontPorts = await Promise.all(Array.from({ length: storefrontCount }, freePort))
  const logFile = (name: string) => (settings.logDir ? join(settings.logDir, `${name}.log`) : undefined)

  const backendInstance = async (name: string, role: "server" | "worker"): Promise<ClusterInstance> => {
    const port = await freePort()
    const env: NodeJS.ProcessEnv = {
      ...settings.env,
      REDIS_URL: settings.redisUrl,
      MEDUSA_WORKER_MODE: role,
      SHOP_INSTANCE: name,
      PORT: String(port),
      // Links Medusa builds (uploaded files, the admin) go through the balancer.
      MEDUSA_BACKEND_URL: backendUrl,
      ...(storefrontUrl && {
        STOREFRONT_URL: storefrontUrl,
        STOREFRONT_REVALIDATE_URLS: storefrontPorts.map((p) => `http://localhost:${p}`).join(","),
      }),
    }
    const appDir = settings.mode === "source" ? join(settings.runDir, "apps", name) : undefined
    return instance(name, role, port, "/health", () => startBackend(settings.mode, env, { name, appDir, logFile: logFile(name) }))
  }

  const servers = await Promise.all(Array.from({ length: settings.servers }, (_, i) => backendInstance(`server-${i + 1}`, "server")))
  const worker = await backendInstance("worker", "worker")
  settings.log(`starting ${settings.servers} backend servers and the worker`)
  await Promise.all([...servers, worker].map((i) => i.start()))

  const tiers = [{ name: "backend", port: settings.backendPort, upstreams: servers.map((s) => ({ host: "127.0.0.1", port: s.port })) }]
  if (storefront) {
    tiers.push({ name: "storefront", port: storefront.port, upstreams: storefrontPorts.map((port) => ({ host: "127.0.0.1", port })) })
  }
  const balancers = await startBalancers(tiers, { dir: join(settings.runDir, "balancer"), logFile: logFile("balancer") })
  settings.log(`nginx in front: backend ${backendUrl}${storefrontUrl ? `, storefront ${storefrontUrl}` : ""}`)

  const storefronts: ClusterInstance[] = []
  if (storefront) {
    // One build for every instance; it is prerendered against the backend balancer.
    const envFor = (port: number) => storefrontEnv({ ...storefront, backendUrl, port })
    settings.onBuilt?.("storefront", await ensureBuilt("storefront", envFor(storefrontPorts[0]), settings.onLine))
    storefrontPorts.forEach((port, i) => {
      const name = `storefront-${i + 1}`
      storefronts.push(instance(name, "storefront", port, "/", () => startStorefront("production", envFor(port), logFile(name), name)))
    })
    await Promise.all(storefronts.map((s) => s.start()))
  }

  const instances = [...servers, worker, ...storefronts]
  return {
    backendUrl,
    storefrontUrl,
    balancerConfig: balancers.configFile,
    instances,
    // Storefronts first (their renders call the backend), then the balancers, then the backend.
    async stop() {
      const stopEach = (list: ClusterInstance[]) => Promise.all(list.filter((i) => i.running()).map((i) => i.stop("SIGTERM")))
      await stopEach(storefronts)
      await balancers.stop()
      await stopEach([...servers, worker])
    },
  }
}

function instance(name: string, role: InstanceRole, port: number, healthPath: string, launch: () => Service): ClusterInstance {
  let service: Service | undefined
  const url = `http://localhost:${port}`
  const running = () => Boolean(service && service.child.exitCode === null && service.child.signalCode === null)
  return {
    name,
    role,
    port,
    url,
    running,
    async start() {
      if (running()) return
      service = launch()
      await waitForHttp(`${url}${healthPath}`, name, service, 300_000)
    },
    async stop(signal = "SIGTERM") {
      if (!service || !running()) return
      const exited = service.exited
      service.kill(signal)
      const forced = setTimeout(() => service?.kill("SIGKILL"), 20_000)
      await exited
      clearTimeout(forced)
    },
  }
}
