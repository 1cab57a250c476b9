/** The password-reset link Medusa's email carries, read for the reset page. Pure: the page uses it, the tests check it. */

/** How long a reset link works: Medusa's generateResetPasswordTokenWorkflow issues tokens for 15 minutes. */
export const RESET_LINK_MINUTES = 15

export type ResetLink =
  | { status: "usable"; token: string; email: string }
  | { status: "expired"; email: string }
  /** Missing, cut short, or not a customer's reset token. */
  | { status: "broken" }

type Query = { token?: string | string[]; email?: string | string[] }

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? ""

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

function jwtPayload(token: string): Record<string, unknown> | null {
  const parts = token.split(".")
  if (parts.length !== 3 || !parts.every((part) => /^[A-Za-z0-9_-]+$/.test(part))) return null
  try {
    const payload: unknown = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8"))
    return isRecord(payload) ? payload : null
  } catch {
    return null
  }
}

/**
 * Reads `?token=…&email=…`. The token is a JWT only the backend can verify; its payload is read
 * here, unverified, so that an expired or mangled link says so when it is opened rather than
 * after the customer has chosen a new password. The backend still decides (and refuses a used
 * token, which only it knows). The email shown is the token's: it names the account that
 * changes, and a link whose `email` disagrees with it has been edited.
 */
export function readResetLink(query: Query, now = Date.now()): ResetLink {
  const token = first(query.token).trim()
  const claims = jwtPayload(token)
  if (!claims) return { status: "broken" }
  const { entity_id: email, actor_type, provider, purpose, exp } = claims
  if (typeof email !== "string" || !email || typeof exp !== "number") return { status: "broken" }
  if (actor_type !== "customer" || provider !== "emailpass" || purpose !== "reset") return { status: "broken" }
  const linkEmail = first(query.email).trim()
  if (linkEmail && linkEmail.toLowerCase() !== email.toLowerCase()) return { status: "broken" }
  if (exp * 1000 <= now) return { status: "expired", email }
  return { status: "usable", token, email }
}

/** The answer to every reset request, whether or not the account exists, so the form never tells. */
export function resetRequestedMessage(email: string): string {
  return `If an account exists for ${email}, we've sent a link to reset the password. It expires in ${RESET_LINK_MINUTES} minutes.`
}
