import { createServer } from "node:net"

/** Whether nothing listens on `port` (127.0.0.1). */
export function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
    server.once("error", () => resolve(false))
    server.listen({ port, host: "127.0.0.1" }, () => server.close(() => resolve(true)))
  })
}

/** The first free port at or after `preferred`; 0 asks the OS for any free port. */
export async function findFreePort(preferred = 0): Promise<number> {
  if (preferred === 0) {
    return new Promise((resolve, reject) => {
      const server = createServer()
      server.once("error", reject)
      server.listen({ port: 0, host: "127.0.0.1" }, () => {
        const address = server.address()
        const port = typeof address === "object" && address ? address.port : 0
        server.close(() => resolve(port))
      })
    })
  }
  for (let port = preferred; port < preferred + 200; port++) {
    if (await isFree(port)) return port
  }
  throw new Error(`No free port between ${preferred} and ${preferred + 199}`)
}

/** Throws with a clear message when a fixed port (the shop's :9000, :8000) is taken. */
export async function requireFreePort(port: number, what: string) {
  if (!(await isFree(port))) {
    throw new Error(`Port ${port} (${what}) is in use. Stop whatever holds it, or choose another port (see README).`)
  }
}
