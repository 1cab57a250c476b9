import { randomBytes } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"

export type Secrets = { jwtSecret: string; cookieSecret: string; adminPassword: string; revalidateSecret: string }

/** Fresh secrets; a throwaway shop (a test or benchmark stack) uses them once. */
export function newSecrets(): Secrets {
  const secret = () => randomBytes(32).toString("hex")
  return { jwtSecret: secret(), cookieSecret: secret(), adminPassword: randomBytes(9).toString("base64url"), revalidateSecret: secret() }
}

/** Generated once per data folder, so sessions and the admin login survive restarts. */
export function loadSecrets(dataDir: string): Secrets {
  const file = join(dataDir, "secrets.json")
  const saved: Partial<Secrets> = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {}
  const secrets: Secrets = { ...newSecrets(), ...saved }
  mkdirSync(dataDir, { recursive: true })
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  return secrets
}
