/**
 * Sign-in, registration and password-reset requests (POST /auth/{actor}/{provider}[/register
 * |/reset-password]) are limited per account and per address, so nobody can try passwords
 * against an account or the shop at the speed of a script:
 *
 * - per account (actor and email): 10 attempts in 15 minutes, the count cleared by a
 *   successful sign-in;
 * - per address: 50 attempts in 15 minutes, a successful sign-in not counted. The address is the connection's, or, for a
 *   connection from this machine (the storefront, nginx), the last address in
 *   X-Forwarded-For, which they set to the shopper's. Local addresses are not limited: they
 *   are this machine's own processes, which can reach the database anyway.
 *
 * Counts live in Redis when REDIS_URL is set (shared by every backend server), else in this
 * process. A refused request gets 429 with the wait in words and in Retry-After.
 */
import { isIP } from "node:net"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import Redis from "ioredis"
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible"

const WINDOW_SECONDS = 15 * 60
export const SIGN_IN_LIMITS = { perAccount: 10, perAddress: 50 } as const

type Limiters = { account: RateLimiterAbstract; address: RateLimiterAbstract }
let limiters: Limiters | undefined

function createLimiters(): Limiters {
  const redisUrl = process.env.REDIS_URL
  if (redisUrl) {
    const storeClient = new Redis(redisUrl, { enableOfflineQueue: false })
    // Connection errors are answered by the insurance limiter below; ioredis would print each one.
    storeClient.on("error", () => undefined)
    // While Redis is unreachable each process counts on its own rather than failing sign-ins.
    const limiter = (keyPrefix: string, points: number) =>
      new RateLimiterRedis({ storeClient, keyPrefix, points, duration: WINDOW_SECONDS, insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration: WINDOW_SECONDS }) })
    return { account: limiter("sign-in:account", SIGN_IN_LIMITS.perAccount), address: limiter("sign-in:address", SIGN_IN_LIMITS.perAddress) }
  }
  const limiter = (keyPrefix: string, points: number) => new RateLimiterMemory({ keyPrefix, points, duration: WINDOW_SECONDS })
  return { account: limiter("sign-in:account", SIGN_IN_LIMITS.perAccount), address: limiter("sign-in:address", SIGN_IN_LIMITS.perAddress) }
}

const NOT_SIGN_INS = new Set(["token", "session"])

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/

/** The address a request is counted under, or null for this machine's own. */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined): string | null {
  const socket = socketAddress ?? ""
  let address = socket
  if (LOOPBACK.test(socket)) {
    const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor ?? ""
    const last = header.split(",").map((part) => part.trim()).filter(Boolean).pop()
    if (last && isIP(last.replace(/^::ffff:/, ""))) address = last
  }
  address = address.replace(/^::ffff:/, "")
  return !address || LOOPBACK.test(address) ? null : address
}

const minutes = (ms: number) => {
  const n = Math.max(1, Math.ceil(ms / 60_000))
  return `${n} minute${n === 1 ? "" : "s"}`
}

export async function limitSignIns(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  // /auth/token/refresh and /auth/session share the route's shape but are not sign-ins.
  if (NOT_SIGN_INS.has(String(req.params.actor_type))) return next()
  limiters ??= createLimiters()
  const body = (req.body ?? {}) as { email?: unknown; identifier?: unknown }
  const account = typeof body.email === "string" ? body.email : typeof body.identifier === "string" ? body.identifier : ""
  const actor = String(req.params.actor_type ?? "")
  const address = clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"])
  const accountKey = account ? `${actor}:${account.trim().toLowerCase()}` : ""
  try {
    if (address) await limiters.address.consume(address)
    if (accountKey) await limiters.account.consume(accountKey)
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal
    res.setHeader("Retry-After", String(Math.ceil(refusal.msBeforeNext / 1000)))
    res.status(429).json({
      type: "too_many_requests",
      message: `Too many sign-in attempts. Please wait ${minutes(refusal.msBeforeNext)} and try again.`,
    })
    return
  }
  // A successful sign-in clears its account's count and gives its address the attempt back:
  // the limits are for guessing, and the owner signing in all day is not guessing.
  // Registrations and reset emails keep counting.
  if (!/\/(register|reset-password)(\?|$)/.test(req.originalUrl)) {
    const { account: accountLimiter, address: addressLimiter } = limiters
    res.on("finish", () => {
      if (res.statusCode >= 400) return
      if (accountKey) void accountLimiter.delete(accountKey).catch(() => undefined)
      if (address) void addressLimiter.reward(address, 1).catch(() => undefined)
    })
  }
  next()
}
