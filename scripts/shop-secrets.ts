import { randomBytes } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"

export type Secrets = {
  jwtSecret: string
  cookieSecret: string
  adminPassword: string
  revalidateSecret: string
  /** The embedded PostgreSQL's superuser ("postgres") password. */
  databasePassword: string
  /** The local redis-server's `requirepass` (the cluster's Redis when REDIS_URL is unset). */
  redisPassword: string
}

/** Fresh secrets; a throwaway shop (a test or benchmark stack) uses them once. */
export function newSecrets(): Secrets {
  const secret = () => randomBytes(32).toString("hex")
  return {
    jwtSecret: secret(),
    cookieSecret: secret(),
    adminPassword: randomBytes(9).toString("base64url"),
    revalidateSecret: secret(),
    databasePassword: secret(),
    redisPassword: secret(),
  }
}

export const secretsFile = (dataDir: string) => join(dataDir, "secrets.json")

/**
 * Generated once per data folder, so sessions and the admin login survive restarts. A secret
 * added by a later version (databasePassword, redisPassword) is generated into an existing file,
 * the others kept.
 */
export function loadSecrets(dataDir: string): Secrets {
  const file = secretsFile(dataDir)
  const saved: Partial<Secrets> = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {}
  const secrets: Secrets = { ...newSecrets(), ...saved }
  mkdirSync(dataDir, { recursive: true })
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  return secrets
}
