import { expect, test } from 'vitest'
import { describeRestriction, describeRotation, withUsageCounts } from './restrictions'

const now = Date.UTC(2026, 10, 23, 12, 0, 0)
const hours = (n: number) => Math.floor(now / 1000) + n * 3600

test('a clause with an expiry in the future says until when, absolute and relative', () => {
  const [line] = describeRestriction({ exp: hours(3) }, now, 'en')
  expect(line).toMatch(/^Usable until 23 Nov 2026, \d\d:00 .+ \(in 3 hours\)\.$/)
})

test('a clause that has expired says so', () => {
  expect(describeRestriction({ exp: hours(-48) }, now, 'en')[0]).toMatch(
    /^Expired on 21 Nov 2026, .* \(2 days ago\)\.$/,
  )
  expect(describeRestriction({ exp: hours(-48) }, now, 'de')[0]).toMatch(
    /^Abgelaufen am 21\. Nov\. 2026, .* \(vorgestern\)\.$/,
  )
})

test('not-before, scopes, audiences, hosts and countries are each one sentence', () => {
  const lines = describeRestriction(
    {
      nbf: hours(24),
      scope: 'openid  profile',
      audience: ['https://storage.example'],
      hosts: ['10.0.0.0/8', '*.kit.edu'],
      geoip_allow: ['de', 'FR'],
      geoip_disallow: ['XX'],
    },
    now,
    'en',
  )
  expect(lines).toEqual([
    expect.stringMatching(/^Usable from 24 Nov 2026, .* \(tomorrow\)\.$/),
    'Access tokens only with the scopes: openid, profile.',
    'Access tokens only for the audiences: https://storage.example.',
    'Only from these addresses or hosts: 10.0.0.0/8, *.kit.edu.',
    'Only from these countries: Germany (DE), France (FR).',
    'Not from these countries: XX.',
  ])
})

test('usage budgets show what is left once introspection says how much was used', () => {
  expect(describeRestriction({ usages_AT: 5, usages_other: 2 }, now, 'en')).toEqual([
    'At most 5 access tokens.',
    'At most 2 other uses (sub-tokens, history, …).',
  ])
  expect(
    describeRestriction(
      { usages_AT: 5, usages_AT_done: 2, usages_other: 1, usages_other_done: 3 },
      now,
      'en',
    ),
  ).toEqual([
    'At most 5 access tokens: 2 used, 3 left.',
    'At most 1 other uses (sub-tokens, history, …): 3 used, 0 left.',
  ])
  expect(describeRestriction({ usages_AT: 5, usages_AT_done: 1 }, now, 'de')).toEqual([
    'Höchstens 5 Access Tokens: 1 genutzt, 4 übrig.',
  ])
})

test('an empty clause says it has no limits, in both languages', () => {
  expect(describeRestriction({}, now, 'en')).toEqual(['No limits in this clause.'])
  expect(describeRestriction({}, now, 'de')).toEqual(['Keine Grenzen in dieser Klausel.'])
})

test('rotation is described, including auto-revoke and lifetime', () => {
  expect(describeRotation(undefined, 'en')).toEqual([
    'This token does not rotate: the same string stays valid until it expires or is revoked.',
  ])
  expect(describeRotation({ on_AT: true, lifetime: 3600, auto_revoke: true }, 'en')).toEqual([
    'It is replaced by a new string after every access token request.',
    'Each new string is valid for 1 hour after it was issued.',
    'Using an old, replaced string revokes the token and all its sub-tokens (protection against stolen copies).',
  ])
  expect(describeRotation({ on_other: true }, 'de')).toEqual([
    'Es wird nach anderen Nutzungen (Sub-Tokens, Verlauf, …) durch einen neuen Text ersetzt.',
    'Alte Kopien funktionieren nicht mehr, sobald ein neuerer Text ausgegeben wurde.',
  ])
})

test('a budget without a counter from introspection means nothing used yet', () => {
  expect(describeRestriction(withUsageCounts({ usages_AT: 5 }), now, 'en')).toEqual([
    'At most 5 access tokens: 0 used, 5 left.',
  ])
  expect(withUsageCounts({ exp: 10 })).toEqual({ exp: 10 })
  expect(withUsageCounts({ usages_other: 2, usages_other_done: 1 })).toEqual({
    usages_other: 2,
    usages_other_done: 1,
  })
})
