import { describe, expect, test } from 'vitest'
import type { TokenEntry, TokenEvent } from '@/lib/mytoken/api/schemas'
import { SESSION_TOKEN_NAME } from '@/lib/mytoken/vocabulary/app-name'
import {
  canReplace,
  findingsOf,
  narrowingsFor,
  needsHistory,
  reviewTokens,
  type ReviewContext,
  type ReviewInput,
} from './findings'

const NOW = Date.UTC(2026, 10, 23, 12, 0)
const now = NOW / 1000
const DAY = 86_400
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) Chrome/156'
const context: ReviewContext = {
  nowMs: NOW,
  thisBrowserSessionName: `${SESSION_TOKEN_NAME} · 0123456789`,
}

const entry = (over: Partial<TokenEntry> = {}): TokenEntry => ({
  mom_id: 'm1',
  name: 'Data script',
  created: now - 10 * DAY,
  expires_at: now + 300 * DAY,
  ip: '192.0.2.1',
  user_agent: BROWSER,
  ...over,
})
const event = (name: string, time: number, over: Partial<TokenEvent> = {}): TokenEvent => ({
  event: name,
  time,
  ip: '192.0.2.1',
  user_agent: BROWSER,
  mom_id: 'm1',
  ...over,
})
const kinds = (input: ReviewInput) => findingsOf(input, context).map((f) => f.kind)
const plain = (over: Partial<ReviewInput> = {}): ReviewInput => ({
  entry: entry(),
  hasSubtokens: false,
  events: [event('created', now - 10 * DAY)],
  ...over,
})

describe('findingsOf', () => {
  test('a harmless token used recently has no finding', () => {
    expect(kinds(plain())).toEqual([])
  })

  test('a token without expiry never expires', () => {
    expect(kinds(plain({ entry: entry({ expires_at: undefined }) }))).toEqual(['neverExpires'])
    expect(kinds(plain({ entry: entry({ expires_at: 0 }) }))).toEqual(['neverExpires'])
  })

  test('managing capabilities: from the settings this tab knows, or from what the token did', () => {
    const settings = { capabilities: ['AT', 'settings:grants'], createdAt: now - 10 * DAY }
    expect(findingsOf(plain({ settings }), context)[0]).toEqual({
      kind: 'managesAccount',
      from: 'settings',
      capabilities: ['settings:grants'],
    })
    expect(kinds(plain({ settings: { capabilities: ['read@settings'], createdAt: 0 } }))).toEqual(
      [],
    )
    const events = [
      event('revoked_other_token', now - DAY),
      event('ssh_key_added', now - DAY),
      event('email_changed', now - DAY),
    ]
    expect(findingsOf(plain({ events }), context)).toContainEqual({
      kind: 'managesAccount',
      from: 'history',
      capabilities: ['manage_mytokens:revoke', 'settings:grants:ssh'],
    })
  })

  test('creating tokens: capability, sub-tokens in the list, or a sub-token in the history', () => {
    const caps = { capabilities: ['create_mytoken'], createdAt: 0 }
    expect(kinds(plain({ settings: caps }))).toEqual(['createsTokens'])
    expect(kinds(plain({ hasSubtokens: true }))).toEqual(['createsTokens'])
    expect(kinds(plain({ events: [event('subtoken_created', now - DAY)] }))).toEqual([
      'createsTokens',
    ])
  })

  test('unlimited access tokens: no AT limit in known settings, or obtained without a known limit', () => {
    const at = { capabilities: ['AT'], createdAt: 0 }
    expect(kinds(plain({ settings: at }))).toEqual(['unlimitedAccessTokens'])
    const limited = { ...at, restrictions: [{ usages_AT: 10 }] }
    expect(kinds(plain({ settings: limited }))).toEqual([])
    const events = [event('AT_created', now - DAY)]
    expect(kinds(plain({ events }))).toEqual(['unlimitedAccessTokens'])
    expect(kinds(plain({ events, limits: [{ usages_AT: 100 }] }))).toEqual([])
  })

  test('rotation off while access tokens come from two places; rotation on is fine', () => {
    const events = [
      event('AT_created', now - DAY, { ip: '192.0.2.1' }),
      event('AT_created', now - DAY, { ip: '198.51.100.7' }),
    ]
    const limits = [{ usages_AT: 1000 }]
    expect(findingsOf(plain({ events, limits }), context)).toEqual([
      { kind: 'rotationOff', places: 2 },
    ])
    const rotated = [...events, event('token_rotated', now - DAY)]
    expect(kinds(plain({ events: rotated, limits }))).toEqual([])
    const oneplace = [events[0]!, events[0]!]
    expect(kinds(plain({ events: oneplace, limits }))).toEqual([])
  })

  test('sessions of other browsers and of the built-in interface; this browser’s own left-behind', () => {
    const of = (name: string) => findingsOf(plain({ entry: entry({ name }) }), context)
    expect(of('mytoken-web')).toEqual([{ kind: 'otherSession', of: 'builtInInterface' }])
    expect(of(`${SESSION_TOKEN_NAME} · ffffffffff`)).toEqual([
      { kind: 'otherSession', of: 'otherBrowser' },
    ])
    expect(of(context.thisBrowserSessionName)).toEqual([
      { kind: 'otherSession', of: 'thisBrowser' },
    ])
    // a session without expiry is named as the session, not also as "never expires"
    expect(kinds(plain({ entry: entry({ name: 'mytoken-web', expires_at: undefined }) }))).toEqual([
      'otherSession',
    ])
  })

  test('a token made by a program that is no browser and no known client, named with its address', () => {
    expect(
      findingsOf(plain({ entry: entry({ user_agent: 'python-requests/2.31' }) }), context),
    ).toEqual([{ kind: 'unfamiliarClient', program: 'python-requests/2.31', ip: '192.0.2.1' }])
    expect(kinds(plain({ entry: entry({ user_agent: 'mytoken client 0.7.1' }) }))).toEqual([])
    expect(kinds(plain({ entry: entry({ user_agent: '' }) }))).toEqual([])
    // the server's list leaves program and address out: then its creation event names them
    const unlisted = entry({ user_agent: undefined, ip: undefined })
    const createdBy = (agent: string) => [
      event('created', now - 10 * DAY, { user_agent: agent, ip: '198.51.100.7' }),
    ]
    expect(findingsOf(plain({ entry: unlisted, events: createdBy('node') }), context)).toEqual([
      { kind: 'unfamiliarClient', program: 'node', ip: '198.51.100.7' },
    ])
    expect(kinds(plain({ entry: unlisted, events: createdBy(BROWSER) }))).toEqual([])
  })

  test("this browser's own tokens are never a program's, whatever its user agent", () => {
    const odd = 'ExoticBrowser/3.1'
    const mine = plain({ entry: entry({ user_agent: odd }) })
    expect(kinds(mine)).toEqual(['unfamiliarClient'])
    expect(findingsOf(mine, { ...context, thisBrowserUserAgent: odd })).toEqual([])
  })

  test('idle: no use for 90 days (creation and delivery do not count)', () => {
    const old = entry({ created: now - 200 * DAY })
    const events = [
      event('created', now - 200 * DAY),
      event('transfer_code_used', now - 10 * DAY),
      event('tokeninfo_introspect', now - 95 * DAY),
    ]
    expect(findingsOf(plain({ entry: old, events }), context)).toEqual([{ kind: 'idle', days: 95 }])
    const used = [...events, event('tokeninfo_introspect', now - 89 * DAY)]
    expect(kinds(plain({ entry: old, events: used }))).toEqual([])
    expect(kinds(plain({ entry: old, events: undefined }))).toEqual([])
  })

  test('about to run out of uses or of time', () => {
    const events = Array.from({ length: 9 }, () => event('AT_created', now - DAY))
    expect(findingsOf(plain({ events, limits: [{ usages_AT: 10 }] }), context)).toEqual([
      { kind: 'usesRunningOut', left: 1 },
    ])
    const soon = entry({ created: now - 30 * DAY, expires_at: now + DAY })
    expect(findingsOf(plain({ entry: soon }), context)).toEqual([
      { kind: 'expiresSoon', expiresAt: now + DAY },
    ])
  })

  test('findings of one token come most urgent first', () => {
    const input = plain({
      entry: entry({ expires_at: undefined, user_agent: 'curl/8' }),
      hasSubtokens: true,
      settings: { capabilities: ['AT', 'create_mytoken', 'settings'], createdAt: 0 },
    })
    expect(kinds(input)).toEqual([
      'managesAccount',
      'createsTokens',
      'unlimitedAccessTokens',
      'neverExpires',
      'unfamiliarClient',
    ])
  })
})

test('needsHistory: only where a finding can come from it', () => {
  const settings = { capabilities: ['AT'], restrictions: [{ usages_AT: 5 }], createdAt: 0 }
  expect(needsHistory(plain({ settings: { ...settings, restrictions: [] } }), NOW)).toBe(false)
  expect(needsHistory(plain(), NOW)).toBe(true)
  expect(needsHistory(plain({ settings, limits: [{ usages_AT: 5 }] }), NOW)).toBe(true)
  const old = entry({ created: now - 91 * DAY })
  expect(needsHistory(plain({ entry: old, settings }), NOW)).toBe(true)
})

test('narrowings and replaceability follow the findings', () => {
  const forNever = findingsOf(plain({ entry: entry({ expires_at: undefined }) }), context)
  expect(narrowingsFor(forNever)).toEqual(['expiry'])
  expect(canReplace(forNever)).toBe(true)
  const session = findingsOf(plain({ entry: entry({ name: 'mytoken-web' }) }), context)
  expect(canReplace(session)).toBe(false)
  expect(narrowingsFor(session)).toEqual([])
})

test('reviewTokens sorts by the most urgent finding, then by count, and handles 5,000 tokens quickly', () => {
  const inputs: ReviewInput[] = []
  for (let i = 0; i < 5000; i++)
    inputs.push(
      plain({
        entry: entry({
          mom_id: `m${i}`,
          expires_at: i % 3 === 0 ? undefined : now + 300 * DAY,
          user_agent: i % 5 === 0 ? 'curl/8' : BROWSER,
        }),
        hasSubtokens: i % 7 === 0,
      }),
    )
  const started = performance.now()
  const reviewed = reviewTokens(inputs, context)
  const took = performance.now() - started
  expect(reviewed[0]!.findings.map((f) => f.kind)).toEqual([
    'createsTokens',
    'neverExpires',
    'unfamiliarClient',
  ])
  expect(reviewed.at(-1)!.findings.map((f) => f.kind)).toEqual(['unfamiliarClient'])
  expect(took).toBeLessThan(1000)
})
