// When a token counts as "expiring soon": relative to its own lifetime, so that a fresh 8-hour
// session is not flagged like a year-long token with days left. Pure; shared by the token list,
// the details page and the timeline.

export type ExpiryStatus = 'active' | 'expiring' | 'expired'

/** At most a week, and at most the last third of the token's lifetime. */
export const EXPIRING_SOON_MAX_SECONDS = 7 * 24 * 3600
export const EXPIRING_SOON_SHARE = 1 / 3

export function expiringSoonWithin(lifetimeSeconds: number): number {
  const lifetime = Number.isFinite(lifetimeSeconds) && lifetimeSeconds > 0 ? lifetimeSeconds : 0
  return Math.min(EXPIRING_SOON_MAX_SECONDS, lifetime * EXPIRING_SOON_SHARE)
}

/** `created` and `expiresAt` in epoch seconds as the API sends them; no expiry: always active. */
export function expiryStatus(
  created: number,
  expiresAt: number | undefined,
  nowMs: number,
): ExpiryStatus {
  if (expiresAt === undefined || expiresAt === 0 || !Number.isFinite(expiresAt)) return 'active'
  const left = expiresAt - nowMs / 1000
  if (left <= 0) return 'expired'
  return left < expiringSoonWithin(expiresAt - created) ? 'expiring' : 'active'
}

/** Share of the lifetime already passed (0…1), for progress bars; undefined without expiry. */
export function lifetimeElapsed(
  created: number,
  expiresAt: number | undefined,
  nowMs: number,
): number | undefined {
  if (expiresAt === undefined || expiresAt === 0 || !(expiresAt > created)) return undefined
  return Math.min(1, Math.max(0, (nowMs / 1000 - created) / (expiresAt - created)))
}
