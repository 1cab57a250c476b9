import { randomBytes } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"

export type Secrets = { jwtSecret: string; cookieSecret: string; adminPassword: string; revalidateSecret: string }

/** Generated once per data folder, so sessions and the admin login survive restarts. */
export function loadSecrets(dataDir: string): Secrets {
  const file = join(dataDir, "secrets.json")
  const saved: Partial<Secrets> = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {}
  const secret = () => randomBytes(32).toString("hex")
  const secrets: Secrets = {
    jwtSecret: saved.jwtSecret ?? secret(),
    cookieSecret: saved.cookieSecret ?? secret(),
    adminPassword: saved.adminPassword ?? randomBytes(9).toString("base64url"),
    revalidateSecret: saved.revalidateSecret ?? secret(),
  }
  mkdirSync(dataDir, { recursive: true })
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  return secrets
}
