import { expect, test } from 'vitest'
import type { FoundCandidate } from './scan-text'
import { countRows, factsOf, isRevocable, ownerHint, toRows, type SweepRow } from './sweep-rows'
import { forEachLimited } from './use-sweep'

const here = { issuer: 'http://127.0.0.1:8610', name: 'Local' }
const there = { issuer: 'https://mytok.eu', name: 'mytok.eu' }
const found = [{ line: 1, excerpt: 'x' }]

const jwt = (iss: string): FoundCandidate => ({
  kind: 'jwt',
  token: `t-${iss}`,
  payload: { iss },
  found,
})

test('JWTs of a configured instance are checked, others are not sent; shapes wait for a tick', () => {
  const rows = toRows(
    [
      jwt('http://127.0.0.1:8610/'),
      jwt('https://mytok.eu'),
      jwt('https://mytoken.example.org'),
      { kind: 'transfer-code', token: 'KxPqRtWe', found },
    ],
    [here, there],
    here,
  )
  expect(rows.map((row) => [row.check.status, row.instance?.name])).toEqual([
    ['checking', 'Local'],
    ['checking', 'mytok.eu'],
    ['other-instance', undefined],
    ['not-ticked', 'Local'],
  ])
})

test('uses left add up over the clauses from the counts introspection gives; one unlimited clause makes it unlimited', () => {
  const facts = factsOf(
    {
      iss: here.issuer,
      restrictions: [
        { usages_AT: 5, usages_AT_done: 2, usages_other: 3 },
        { usages_AT: 10, usages_other_done: 1 },
      ],
    },
    true,
  )
  expect(facts.usesLeft).toEqual({ AT: 13, other: undefined })
  expect(factsOf({ iss: here.issuer }, false).usesLeft).toBeUndefined()
})

test('the owner hint names the subject (shortened) and the provider host', () => {
  expect(
    ownerHint({ iss: 'x', oidc_sub: 'alice', oidc_iss: 'https://login.example.org/oauth2' }),
  ).toBe('alice @ login.example.org')
  expect(ownerHint({ iss: 'x', oidc_sub: '0123456789abcdefghij' })).toBe('0123456789ab…')
  expect(ownerHint({ iss: 'x' })).toBeUndefined()
})

test('counts tell valid, invalid, foreign, unchecked, revoked and failed rows apart', () => {
  const base = toRows([jwt(here.issuer)], [here], here)[0]!
  const valid = {
    ...base,
    check: { status: 'valid', facts: factsOf({ iss: 'x' }, false) },
  } as const
  const rows: SweepRow[] = [
    valid,
    { ...valid, revoke: { status: 'revoked', at: 1 } },
    { ...valid, revoke: { status: 'failed', error: new Error('x') } },
    { ...base, check: { status: 'invalid' } },
    { ...base, check: { status: 'other-instance' } },
    { ...base, check: { status: 'not-ticked' } },
    { ...base, check: { status: 'failed', error: new Error('x') } },
  ]
  expect(countRows(rows)).toEqual({
    found: 7,
    valid: 3,
    invalid: 1,
    otherInstance: 1,
    notChecked: 1,
    failedChecks: 1,
    revoked: 1,
    failedRevocations: 1,
  })
  expect(rows.map(isRevocable)).toEqual([true, false, true, false, false, false, false])
})

test('forEachLimited runs every item, never more than the limit at once', async () => {
  let running = 0
  let most = 0
  const done: number[] = []
  await forEachLimited([1, 2, 3, 4, 5], 2, async (item) => {
    running += 1
    most = Math.max(most, running)
    await new Promise((resolve) => setTimeout(resolve, 5))
    done.push(item)
    running -= 1
  })
  expect(done.sort()).toEqual([1, 2, 3, 4, 5])
  expect(most).toBe(2)
})
