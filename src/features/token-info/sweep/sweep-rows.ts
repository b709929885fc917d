// What the sweep knows about each candidate: pure functions over plain data, no requests.
import { sameIssuer, type InstanceConfig } from '@/lib/config'
import type { MytokenPayload } from '@/lib/mytoken/api/schemas'
import { usageLimit } from '@/lib/mytoken/vocabulary/usage'
import type { FoundCandidate } from './scan-text'

/** What the server (or the JWT, where the token may not introspect) says about a valid token. */
export interface TokenFacts {
  name: string | undefined
  /** undefined: not known (a short token that may not introspect) */
  capabilities: readonly string[] | undefined
  /** unix seconds; undefined: never expires */
  exp: number | undefined
  /** undefined: unlimited or not known */
  usesLeft: { AT: number | undefined; other: number | undefined } | undefined
  ownerHint: string | undefined
  /** the candidate was a transfer code; the token it stood for was obtained with it */
  redeemed: boolean
}

export type CheckState =
  /** a JWT of an instance that is not configured: nothing is sent */
  | { status: 'other-instance' }
  /** a shape-only candidate the user has not ticked */
  | { status: 'not-ticked' }
  /** a shape-only candidate, but the instance issues no such strings */
  | { status: 'unsupported' }
  | { status: 'checking' }
  | { status: 'valid'; facts: TokenFacts }
  /** the server does not accept it: revoked, expired, replaced; a transfer code used or expired */
  | { status: 'invalid' }
  | { status: 'failed'; error: unknown }

export type RevokeState =
  | { status: 'none' }
  | { status: 'revoking' }
  | { status: 'revoked'; at: number }
  | { status: 'failed'; error: unknown }

export interface SweepRow {
  id: number
  candidate: FoundCandidate
  /** the instance it belongs to (JWT: its issuer; shape: the selected instance) */
  instance: InstanceConfig | undefined
  check: CheckState
  revoke: RevokeState
}

/** Rows for the candidates: JWTs of configured instances to check, the rest waiting. */
export function toRows(
  candidates: readonly FoundCandidate[],
  instances: readonly InstanceConfig[],
  selected: InstanceConfig,
): SweepRow[] {
  return candidates.map((candidate, id) => {
    const instance =
      candidate.kind === 'jwt'
        ? instances.find((known) => sameIssuer(known.issuer, candidate.payload.iss))
        : selected
    const check: CheckState =
      candidate.kind !== 'jwt'
        ? { status: 'not-ticked' }
        : instance
          ? { status: 'checking' }
          : { status: 'other-instance' }
    return { id, candidate, instance, check, revoke: { status: 'none' } }
  })
}

/** Budget left over all clauses (introspection counts the uses done); undefined: unlimited. */
function usesLeft(payload: MytokenPayload, kind: 'AT' | 'other'): number | undefined {
  const limit = usageLimit(payload.restrictions, kind)
  if (limit === undefined) return undefined
  const done = (payload.restrictions ?? []).reduce(
    (sum, clause) =>
      sum + ((kind === 'AT' ? clause.usages_AT_done : clause.usages_other_done) ?? 0),
    0,
  )
  return Math.max(0, limit - done)
}

/** "alice at 127.0.0.1:4610": the subject at the provider, shortened, and the provider's host. */
export function ownerHint(payload: MytokenPayload): string | undefined {
  if (!payload.oidc_sub) return undefined
  const subject =
    payload.oidc_sub.length > 16 ? `${payload.oidc_sub.slice(0, 12)}…` : payload.oidc_sub
  let provider = payload.oidc_iss
  try {
    if (provider) provider = new URL(provider).host
  } catch {
    // not a URL: shown as it is
  }
  return provider ? `${subject} @ ${provider}` : subject
}

/**
 * Facts from an introspection (`counted`: with the uses done) or from the JWT alone (uses then
 * unknown).
 */
export function factsOf(payload: MytokenPayload, counted: boolean, redeemed = false): TokenFacts {
  return {
    name: payload.name,
    capabilities: payload.capabilities ?? [],
    exp: payload.exp,
    usesLeft: counted
      ? { AT: usesLeft(payload, 'AT'), other: usesLeft(payload, 'other') }
      : undefined,
    ownerHint: ownerHint(payload),
    redeemed,
  }
}

/** A row whose token the server accepted and that is not revoked yet (or failed to be). */
export const isRevocable = (row: SweepRow) =>
  row.check.status === 'valid' && (row.revoke.status === 'none' || row.revoke.status === 'failed')

export interface SweepCounts {
  found: number
  valid: number
  invalid: number
  otherInstance: number
  notChecked: number
  failedChecks: number
  revoked: number
  failedRevocations: number
}

export function countRows(rows: readonly SweepRow[]): SweepCounts {
  const count = (test: (row: SweepRow) => boolean) => rows.filter(test).length
  return {
    found: rows.length,
    valid: count((row) => row.check.status === 'valid'),
    invalid: count((row) => row.check.status === 'invalid'),
    otherInstance: count((row) => row.check.status === 'other-instance'),
    notChecked: count((row) => ['not-ticked', 'unsupported'].includes(row.check.status)),
    failedChecks: count((row) => row.check.status === 'failed'),
    revoked: count((row) => row.revoke.status === 'revoked'),
    failedRevocations: count((row) => row.revoke.status === 'failed'),
  }
}
