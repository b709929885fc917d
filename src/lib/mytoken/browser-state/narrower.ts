// "Replace with a narrower one": the successor link (successor.ts, beside it) plus what to tighten and an
// offer to revoke the old token once the new one is shown. The link names parts to tighten, never
// a token; the create page applies them on top of whatever settings it prefills.
import type { TokenEntry } from '../api/schemas'
import type { UsageLimitClause } from './known-limits'
import { successorSearch } from './successor'

export const narrowings = ['expiry', 'usagesAT', 'createMytoken', 'manage', 'rotation'] as const
export type Narrowing = (typeof narrowings)[number]

export const NARROW_PARAM = 'narrow'
/** Set when the new token replaces the old one: the create page offers to revoke it. */
export const REPLACE_PARAM = 'replace'

/** Query string for the create page: a successor with `narrow` parts tightened. */
export function narrowerSearch(
  entry: TokenEntry,
  limits: readonly UsageLimitClause[] | undefined,
  narrow: readonly Narrowing[],
): string {
  const params = new URLSearchParams(successorSearch(entry, limits))
  if (narrow.length > 0) params.set(NARROW_PARAM, narrow.join(','))
  params.set(REPLACE_PARAM, '1')
  return `?${params.toString()}`
}

/** The known parts to tighten a link names (unknown words are ignored). */
export function narrowingsOf(params: URLSearchParams): Narrowing[] {
  const words = (params.get(NARROW_PARAM) ?? '').split(',')
  return narrowings.filter((n) => words.includes(n))
}
