// The account health check: which of the user's tokens deserve attention, and why. Pure rules,
// no React. The session sees only a token's name, times and creating address (list_mytokens);
// capabilities, restrictions and rotation are known only for tokens this tab created (successor.ts)
// and usage limits for tokens this browser created or checked (known-limits.ts). Where those are
// unknown, the rules read what the token did from its event history: sub-tokens it created,
// settings it changed, access tokens it obtained and from where, the program that asked for it.
import type { TokenEntry, TokenEvent } from '@/lib/mytoken/api/schemas'
import type { UsageLimitClause } from '@/lib/mytoken/browser-state/known-limits'
import type { Narrowing } from '@/lib/mytoken/browser-state/narrower'
import type { TokenSettings } from '@/lib/mytoken/browser-state/successor'
import { SESSION_TOKEN_NAME } from '@/lib/mytoken/vocabulary/app-name'
import { capabilityRisk, grants, hasCapability } from '@/lib/mytoken/vocabulary/capabilities'
import {
  BUILT_IN_INTERFACE_SESSION_NAME,
  knownClientOf,
} from '@/lib/mytoken/vocabulary/known-clients'
import {
  countUses,
  summarizeUsage,
  usageLimit,
  worstUsageState,
} from '@/lib/mytoken/vocabulary/usage'
import { hasExpiry, tokenStatus } from '../model'

export const IDLE_DAYS = 90
const DAY_MS = 86_400_000

/** Most urgent first: the order of the kinds is the order of the view. */
export const findingKinds = [
  'managesAccount',
  'createsTokens',
  'unlimitedAccessTokens',
  'neverExpires',
  'rotationOff',
  'otherSession',
  'unfamiliarClient',
  'idle',
  'usesRunningOut',
  'expiresSoon',
] as const
export type FindingKind = (typeof findingKinds)[number]

export type Finding =
  | { kind: 'managesAccount'; from: 'settings' | 'history'; capabilities: string[] }
  | { kind: 'createsTokens'; from: 'settings' | 'subtokens' | 'history' }
  | { kind: 'unlimitedAccessTokens'; from: 'settings' | 'history' }
  | { kind: 'neverExpires' }
  | { kind: 'rotationOff'; places: number }
  | { kind: 'otherSession'; of: 'builtInInterface' | 'otherBrowser' | 'thisBrowser' }
  | { kind: 'unfamiliarClient'; program: string; ip?: string | undefined }
  | { kind: 'idle'; days: number }
  | { kind: 'usesRunningOut'; left: number }
  | { kind: 'expiresSoon'; expiresAt: number }

/** What is known about one token. */
export interface ReviewInput {
  entry: TokenEntry
  hasSubtokens: boolean
  /** its capabilities, restrictions and rotation, when this tab created it */
  settings?: TokenSettings | undefined
  /** its usage limits, when this browser saw them */
  limits?: readonly UsageLimitClause[] | undefined
  /** its event history, once read (undefined: not read) */
  events?: readonly TokenEvent[] | undefined
}

export interface ReviewContext {
  nowMs: number
  /** the name this browser gives its own sessions (browser-sessions.ts) */
  thisBrowserSessionName: string
  /** this browser's user agent: the program of the tokens this app made here */
  thisBrowserUserAgent?: string | undefined
}

/** Events only a token holding a managing capability can cause, with that capability. */
const MANAGING_EVENTS: ReadonlyMap<string, string> = new Map([
  ['settings_grant_enabled', 'settings:grants'],
  ['settings_grant_disabled', 'settings:grants'],
  ['ssh_key_added', 'settings:grants:ssh'],
  ['revoked_other_token', 'manage_mytokens:revoke'],
  ['tokeninfo_list_mytokens', 'manage_mytokens:list'],
  ['tokeninfo_history_other_token', 'manage_mytokens:history'],
])

/** Events of a token being used (not of its creation or delivery). */
const NOT_A_USE: ReadonlySet<string> = new Set([
  'created',
  'transfer_code_created',
  'transfer_code_used',
  'inherited_RT',
  'expired',
  'revoked',
])

/** Powerful capabilities other than creating tokens: changing settings, managing other tokens. */
export function isManagingCapability(capability: string): boolean {
  if (capability.startsWith('read@') || grants(capability, 'create_mytoken')) return false
  const risk = capabilityRisk(capability)
  return risk === 'powerful' || risk === 'veryPowerful'
}

function isSessionOfAnApp(entry: TokenEntry): boolean {
  return entry.name === BUILT_IN_INTERFACE_SESSION_NAME || entry.name.startsWith(SESSION_TOKEN_NAME)
}

/** Whether the history is worth reading: some finding can only be told from it. */
export function needsHistory(input: ReviewInput, nowMs: number): boolean {
  const { settings, limits, entry } = input
  const old = nowMs - entry.created * 1000 >= IDLE_DAYS * DAY_MS
  return settings === undefined || limits !== undefined || old
}

function managesAccount(input: ReviewInput): Finding | undefined {
  const held = input.settings?.capabilities?.filter(isManagingCapability) ?? []
  if (held.length > 0) return { kind: 'managesAccount', from: 'settings', capabilities: held }
  const seen = new Set<string>()
  for (const e of input.events ?? []) {
    const capability = MANAGING_EVENTS.get(e.event)
    if (capability) seen.add(capability)
  }
  return seen.size > 0
    ? { kind: 'managesAccount', from: 'history', capabilities: [...seen] }
    : undefined
}

function createsTokens(input: ReviewInput): Finding | undefined {
  const caps = input.settings?.capabilities
  if (caps && hasCapability(caps, 'create_mytoken'))
    return { kind: 'createsTokens', from: 'settings' }
  if (input.hasSubtokens) return { kind: 'createsTokens', from: 'subtokens' }
  if (input.events?.some((e) => e.event === 'subtoken_created'))
    return { kind: 'createsTokens', from: 'history' }
  return undefined
}

function unlimitedAccessTokens(input: ReviewInput): Finding | undefined {
  const { settings, limits, events } = input
  if (settings?.capabilities) {
    const unlimited =
      hasCapability(settings.capabilities, 'AT') &&
      usageLimit(settings.restrictions, 'AT') === undefined
    return unlimited ? { kind: 'unlimitedAccessTokens', from: 'settings' } : undefined
  }
  const obtained = events?.some((e) => e.event === 'AT_created') ?? false
  return obtained && usageLimit(limits, 'AT') === undefined
    ? { kind: 'unlimitedAccessTokens', from: 'history' }
    : undefined
}

/** Distinct (address, program) pairs the token obtained access tokens from. */
function placesOfUse(events: readonly TokenEvent[]): number {
  const places = new Set<string>()
  for (const e of events)
    if (e.event === 'AT_created') places.add(`${e.ip ?? ''} ${e.user_agent ?? ''}`)
  return places.size
}

function rotationOff(input: ReviewInput): Finding | undefined {
  const { settings, events } = input
  if (!events) return undefined
  const places = placesOfUse(events)
  if (places < 2) return undefined
  const rotates = settings
    ? Boolean(settings.rotation?.on_AT || settings.rotation?.on_other)
    : events.some((e) => e.event === 'token_rotated')
  return rotates ? undefined : { kind: 'rotationOff', places }
}

function otherSession(input: ReviewInput, context: ReviewContext): Finding | undefined {
  const { name } = input.entry
  if (name === BUILT_IN_INTERFACE_SESSION_NAME)
    return { kind: 'otherSession', of: 'builtInInterface' }
  if (!name.startsWith(SESSION_TOKEN_NAME)) return undefined
  return {
    kind: 'otherSession',
    of: name === context.thisBrowserSessionName ? 'thisBrowser' : 'otherBrowser',
  }
}

/** The program that asked for the token and its address (the list's, else its history's). */
function creator(input: ReviewInput): { agent: string; ip: string | undefined } {
  const created = input.events?.find((e) => e.event === 'created')
  const agent = input.entry.user_agent?.trim() || created?.user_agent?.trim() || ''
  return { agent, ip: input.entry.ip?.trim() || created?.ip?.trim() || undefined }
}

/** A web browser (all send "Mozilla/5.0 …"): this one, or another client's web page. */
function isWebBrowser(agent: string, context: ReviewContext): boolean {
  return agent === context.thisBrowserUserAgent || /^Mozilla\/\d/.test(agent)
}

/** A token made by a program that is neither a web browser nor a known mytoken client. */
function unfamiliarClient(input: ReviewInput, context: ReviewContext): Finding | undefined {
  const { agent, ip } = creator(input)
  if (agent === '' || isSessionOfAnApp(input.entry) || isWebBrowser(agent, context))
    return undefined
  if (knownClientOf({ name: input.entry.name, user_agent: agent })) return undefined
  return { kind: 'unfamiliarClient', program: agent, ip }
}

function idle(input: ReviewInput, nowMs: number): Finding | undefined {
  if (!input.events) return undefined
  let last = input.entry.created * 1000
  for (const e of input.events) if (!NOT_A_USE.has(e.event)) last = Math.max(last, e.time * 1000)
  const days = Math.floor((nowMs - last) / DAY_MS)
  return days >= IDLE_DAYS ? { kind: 'idle', days } : undefined
}

function usesRunningOut(input: ReviewInput): Finding | undefined {
  const { limits, events, entry } = input
  if (!limits || !events) return undefined
  const counts = countUses(events, entry.mom_id)
  const summaries = [summarizeUsage('AT', counts, limits), summarizeUsage('other', counts, limits)]
  const state = worstUsageState(summaries)
  if (state !== 'low' && state !== 'used-up') return undefined
  const left = Math.min(...summaries.map((s) => s.left ?? Infinity))
  return { kind: 'usesRunningOut', left }
}

function expiresSoon(input: ReviewInput, nowMs: number): Finding | undefined {
  const { entry } = input
  if (!hasExpiry(entry) || tokenStatus(entry, nowMs) !== 'expiring') return undefined
  return { kind: 'expiresSoon', expiresAt: entry.expires_at }
}

/** Everything about one token that deserves attention, most urgent first. */
export function findingsOf(input: ReviewInput, context: ReviewContext): Finding[] {
  const { nowMs } = context
  const session = otherSession(input, context)
  const found = [
    managesAccount(input),
    createsTokens(input),
    unlimitedAccessTokens(input),
    // the app's sessions expire by themselves; another client's session is its own finding
    hasExpiry(input.entry) || session ? undefined : ({ kind: 'neverExpires' } as const),
    rotationOff(input),
    session,
    unfamiliarClient(input, context),
    idle(input, nowMs),
    usesRunningOut(input),
    expiresSoon(input, nowMs),
  ]
  return found
    .filter((f): f is Finding => f !== undefined)
    .sort((a, b) => findingKinds.indexOf(a.kind) - findingKinds.indexOf(b.kind))
}

/** What the fix "replace with a narrower one" tightens for each finding (none: revoke only). */
const narrowingFor: Partial<Record<FindingKind, Narrowing>> = {
  managesAccount: 'manage',
  createsTokens: 'createMytoken',
  unlimitedAccessTokens: 'usagesAT',
  neverExpires: 'expiry',
  rotationOff: 'rotation',
  idle: 'expiry',
}

const REPLACEABLE: ReadonlySet<FindingKind> = new Set([
  'managesAccount',
  'createsTokens',
  'unlimitedAccessTokens',
  'neverExpires',
  'rotationOff',
  'idle',
  'usesRunningOut',
  'expiresSoon',
])

/** Whether a replacement helps (another app's session or an unknown program: revoke only). */
export function canReplace(findings: readonly Finding[]): boolean {
  return findings.some((f) => REPLACEABLE.has(f.kind))
}

/** The parts a replacement tightens, once each. */
export function narrowingsFor(findings: readonly Finding[]): Narrowing[] {
  const out = new Set<Narrowing>()
  for (const f of findings) {
    const narrowing = narrowingFor[f.kind]
    if (narrowing) out.add(narrowing)
  }
  return [...out]
}

export interface ReviewedToken {
  entry: TokenEntry
  findings: Finding[]
}

/**
 * The tokens with findings, most urgent first: by their most urgent finding, then by how many
 * they have, then oldest first.
 */
export function reviewTokens(inputs: readonly ReviewInput[], context: ReviewContext) {
  const reviewed: ReviewedToken[] = []
  for (const input of inputs) {
    const findings = findingsOf(input, context)
    if (findings.length > 0) reviewed.push({ entry: input.entry, findings })
  }
  const rank = (t: ReviewedToken) => findingKinds.indexOf(t.findings[0]!.kind)
  return reviewed.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      b.findings.length - a.findings.length ||
      a.entry.created - b.entry.created,
  )
}
