// Usage limits (`usages_AT`, `usages_other` per clause) of tokens this browser created or
// checked. The server shares them only with the token itself (introspection), never with the
// session, so the app keeps them when it sees them. Only numbers and mom_ids are stored —
// never a token — in localStorage, so they are still known in the next session.
import { readStorage, writeStorage } from '../../browser-storage'
import type { Restriction } from '../api/schemas'

const STORAGE_KEY = 'mytoken-web.usage-limits'
const MAX_ENTRIES = 2_000

export type UsageLimitClause = Pick<Restriction, 'usages_AT' | 'usages_other'>
type Stored = Record<string, { clauses: UsageLimitClause[]; savedAt: number }>

const finiteOrUndefined = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined

// every visible row of the list asks: parse the stored text only when it changed
let cache: { raw: string; parsed: Stored } | undefined

function read(): Stored {
  const raw = readStorage('local', STORAGE_KEY) ?? '{}'
  if (cache?.raw === raw) return cache.parsed
  let parsed: Stored = {}
  try {
    const value: unknown = JSON.parse(raw)
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      parsed = value as Stored
  } catch {
    // unreadable: start afresh
  }
  cache = { raw, parsed }
  return parsed
}

const keyOf = (issuer: string, momId: string) => `${issuer} ${momId}`

/** Remembers the limits of a token (only when one of its clauses has a usage limit). */
export function rememberUsageLimits(
  issuer: string,
  momId: string | undefined,
  restrictions: readonly Restriction[] | undefined,
  nowMs = Date.now(),
): void {
  if (!momId || !restrictions || restrictions.length === 0) return
  const clauses = restrictions.map((r) => ({
    usages_AT: finiteOrUndefined(r.usages_AT),
    usages_other: finiteOrUndefined(r.usages_other),
  }))
  if (!clauses.some((c) => c.usages_AT !== undefined || c.usages_other !== undefined)) return
  const stored = { ...read() }
  stored[keyOf(issuer, momId)] = { clauses, savedAt: nowMs }
  const keys = Object.keys(stored)
  if (keys.length > MAX_ENTRIES) {
    keys
      .sort((a, b) => (stored[a]?.savedAt ?? 0) - (stored[b]?.savedAt ?? 0))
      .slice(0, keys.length - MAX_ENTRIES)
      .forEach((key) => delete stored[key])
  }
  // refused (storage full or denied): the counts are then shown without a limit
  writeStorage('local', STORAGE_KEY, JSON.stringify(stored))
}

function clausesOf(entry: Stored[string] | undefined): UsageLimitClause[] | undefined {
  if (!entry || !Array.isArray(entry.clauses)) return undefined
  return entry.clauses.map((c) => ({
    usages_AT: finiteOrUndefined(c.usages_AT),
    usages_other: finiteOrUndefined(c.usages_other),
  }))
}

/** The remembered clauses, or undefined when this browser never saw the token's limits. */
export function knownUsageLimits(issuer: string, momId: string): UsageLimitClause[] | undefined {
  return clausesOf(read()[keyOf(issuer, momId)])
}

/** `knownUsageLimits` for many tokens: the storage is read once, not once per token. */
export function knownUsageLimitsReader(
  issuer: string,
): (momId: string) => UsageLimitClause[] | undefined {
  const stored = read()
  return (momId) => clausesOf(stored[keyOf(issuer, momId)])
}
