// How much of a token's usage budget (`usages_AT`, `usages_other` per restriction clause) is
// spent. The session cannot introspect other tokens, so the counts come from the event history
// (`manage_mytokens:history`) and the limits from what the app saw when the token was created or
// checked (browser-state/known-limits.ts). Pure functions, no React.
import type { Restriction, TokenEvent } from '../api/schemas'
import type { ExpiryStatus } from './expiry'

export type UsageKind = 'AT' | 'other'

/** Events the server logs for a request it counts against `usages_other` (reference §8.1). */
const OTHER_USE_EVENTS: ReadonlySet<string> = new Set([
  'subtoken_created',
  'tokeninfo_history',
  'tokeninfo_subtokens',
  'tokeninfo_list_mytokens',
  'tokeninfo_notifications',
  'tokeninfo_history_other_token',
  'tokeninfo_notifications_other_token',
  'notification_subscribed',
  'notification_listed',
  'notification_unsubscribed',
  'notification_subscribed_other',
  'notification_unsubscribed_other',
  'notification_created',
  'notification_created_other',
  'calendar_created',
  'calendar_listed',
  'calendar_deleted',
  'email_settings_listed',
  'email_changed',
  'email_mimetype_changed',
])

export interface UsageCounts {
  AT: number
  other: number
}

/** Access tokens obtained (`AT_created`) and other counted requests, from a token's own events. */
export function countUses(events: readonly TokenEvent[], momId: string): UsageCounts {
  const counts: UsageCounts = { AT: 0, other: 0 }
  for (const event of events) {
    if (event.mom_id && event.mom_id !== momId) continue
    if (event.event === 'AT_created') counts.AT++
    else if (OTHER_USE_EVENTS.has(event.event)) counts.other++
  }
  return counts
}

/** The budget of one kind over all clauses; undefined when some clause leaves it unlimited. */
export function usageLimit(
  clauses: readonly Restriction[] | undefined,
  kind: UsageKind,
): number | undefined {
  if (!clauses || clauses.length === 0) return undefined
  let total = 0
  for (const clause of clauses) {
    const limit = kind === 'AT' ? clause.usages_AT : clause.usages_other
    if (limit === undefined || !Number.isFinite(limit) || limit < 0) return undefined
    total += limit
  }
  return total
}

export type UsageState = 'unlimited' | 'ok' | 'low' | 'used-up'

export interface UsageSummary {
  kind: UsageKind
  used: number
  /** undefined: no limit (or none known) */
  limit: number | undefined
  left: number | undefined
  state: UsageState
}

/** "Nearly used": a tenth of the budget or less left (at least the last use). */
export function usageState(used: number, limit: number | undefined): UsageState {
  if (limit === undefined) return 'unlimited'
  const left = limit - used
  if (left <= 0) return 'used-up'
  if (left <= Math.max(1, Math.floor(limit / 10))) return 'low'
  return 'ok'
}

export function summarizeUsage(
  kind: UsageKind,
  counts: UsageCounts,
  clauses: readonly Restriction[] | undefined,
): UsageSummary {
  const used = counts[kind]
  const limit = usageLimit(clauses, kind)
  return {
    kind,
    used,
    limit,
    left: limit === undefined ? undefined : Math.max(0, limit - used),
    state: usageState(used, limit),
  }
}

/** The worst state of the given summaries ('used-up' beats 'low' beats the rest). */
export function worstUsageState(summaries: readonly UsageSummary[]): UsageState {
  const order: UsageState[] = ['used-up', 'low', 'ok', 'unlimited']
  return order.find((state) => summaries.some((s) => s.state === state)) ?? 'unlimited'
}

/** What a token's status says: its expiry, or that its access-token budget is spent. */
export type TokenState = ExpiryStatus | 'used-up'

/**
 * Expired beats used up (neither can be undone); a spent access-token budget beats the expiry,
 * since such a token obtains nothing more however long it lives.
 */
export function tokenState(
  expiry: ExpiryStatus,
  accessTokens: UsageSummary | undefined,
): TokenState {
  if (expiry === 'expired') return expiry
  return accessTokens?.state === 'used-up' ? 'used-up' : expiry
}
