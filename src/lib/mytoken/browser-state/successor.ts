// "Create a successor with the same settings": what a new token needs to replace an expiring,
// expired or used-up one. The session can list a token's name, creation and expiry but not its
// capabilities, restrictions or rotation (the server shares those only with the token itself), so
// the settings come from this tab's memory of the tokens it created, or from the old token pasted
// on the create page (decoded there, in memory). The link carries the mom_id and the settings the
// list knows (name, lifetime, usage limits) — never a token.
import type { Restriction, Rotation, TokenEntry } from '../api/schemas'
import { SESSION_TOKEN_NAME } from '../vocabulary/app-name'
import type { ExpiryStatus } from '../vocabulary/expiry'
import type { UsageLimitClause } from './known-limits'

export interface TokenSettings {
  capabilities?: string[] | undefined
  restrictions?: Restriction[] | undefined
  rotation?: Rotation | undefined
  /** epoch seconds the token was created (its times are shifted from there to now) */
  createdAt: number
}

// memory only: the settings of the tokens this tab created (gone on reload)
const createdHere = new Map<string, TokenSettings>()
const keyOf = (issuer: string, momId: string) => `${issuer} ${momId}`

export function rememberCreatedSettings(
  issuer: string,
  momId: string | undefined,
  settings: TokenSettings,
): void {
  if (momId) createdHere.set(keyOf(issuer, momId), settings)
}

export function createdSettings(issuer: string, momId: string): TokenSettings | undefined {
  return createdHere.get(keyOf(issuer, momId))
}

/** The same restrictions with `nbf`/`exp` moved so that they start now (same durations). */
export function shiftedToNow(settings: TokenSettings, nowSeconds: number): TokenSettings {
  const shift = nowSeconds - settings.createdAt
  const move = (t: number | undefined) =>
    t === undefined || t <= 0 || !Number.isFinite(t) ? undefined : t + Math.max(0, shift)
  return {
    ...settings,
    createdAt: nowSeconds,
    restrictions: settings.restrictions?.map((r) => {
      const next: Restriction = { ...r }
      const nbf = move(r.nbf)
      const exp = move(r.exp)
      if (nbf === undefined) delete next.nbf
      else next.nbf = nbf
      if (exp === undefined) delete next.exp
      else next.exp = exp
      delete next.usages_AT_done
      delete next.usages_other_done
      return next
    }),
  }
}

/** Worth offering a successor: expiring soon, expired, or a usage budget (nearly) used up. */
export function wantsSuccessor(status: ExpiryStatus, usageRunningOut: boolean): boolean {
  return status !== 'active' || usageRunningOut
}

export const SUCCESSOR_PARAM = 'successor'

/**
 * Query string for the create page: the old token's mom_id, its name, its lifetime starting now
 * and the usage limits this browser knows; no token.
 */
export function successorSearch(entry: TokenEntry, limits?: readonly UsageLimitClause[]): string {
  const params = new URLSearchParams()
  params.set(SUCCESSOR_PARAM, entry.mom_id)
  // a token named like the app's sessions would be ended as one at this browser's next sign-in
  if (entry.name && !entry.name.startsWith(SESSION_TOKEN_NAME)) params.set('name', entry.name)
  if (entry.expires_at) {
    const lifetime = Math.max(60, Math.round(entry.expires_at - entry.created))
    params.set('exp', `+${lifetime}s`)
  }
  // the link format has one clause; the settings from memory or a pasted token bring them all
  const first = limits?.[0]
  if (first?.usages_AT !== undefined) params.set('usages_AT', String(first.usages_AT))
  if (first?.usages_other !== undefined) params.set('usages_other', String(first.usages_other))
  return `?${params.toString()}`
}
