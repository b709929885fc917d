import { expect, test } from 'vitest'
import { SESSION_TOKEN_NAME } from '../vocabulary/app-name'
import {
  createdSettings,
  rememberCreatedSettings,
  shiftedToNow,
  SUCCESSOR_PARAM,
  successorSearch,
  wantsSuccessor,
} from './successor'

test('the link names the token by mom_id with its name, lifetime and known limits, never a token', () => {
  const search = successorSearch(
    { mom_id: 'a+b/c=', name: 'TOAR script', created: 1_000, expires_at: 1_000 + 30 * 86400 },
    [{ usages_AT: 100, usages_other: undefined }],
  )
  const params = new URLSearchParams(search)
  expect(params.get('successor')).toBe('a+b/c=')
  expect(params.get('name')).toBe('TOAR script')
  expect(params.get('exp')).toBe(`+${30 * 86400}s`)
  expect(params.get('usages_AT')).toBe('100')
  expect(params.has('usages_other')).toBe(false)
  expect(
    new URLSearchParams(successorSearch({ mom_id: 'x', name: '', created: 1 })).has('exp'),
  ).toBe(false)
})

test('times move to start now, counts done are dropped', () => {
  const shifted = shiftedToNow(
    {
      createdAt: 1_000,
      capabilities: ['AT'],
      restrictions: [
        { nbf: 1_100, exp: 2_000, usages_AT: 5, usages_AT_done: 3, scope: 'openid' },
        {},
      ],
    },
    10_000,
  )
  expect(shifted.restrictions).toEqual([
    { nbf: 10_100, exp: 11_000, usages_AT: 5, scope: 'openid' },
    {},
  ])
  expect(shifted.capabilities).toEqual(['AT'])
})

test('settings are remembered per instance and mom_id in memory', () => {
  rememberCreatedSettings('https://a', 'm', { createdAt: 1, capabilities: ['AT'] })
  expect(createdSettings('https://a', 'm')?.capabilities).toEqual(['AT'])
  expect(createdSettings('https://b', 'm')).toBeUndefined()
})

test('a successor is offered for expiring, expired or used-up tokens', () => {
  expect(wantsSuccessor('active', false)).toBe(false)
  expect(wantsSuccessor('expiring', false)).toBe(true)
  expect(wantsSuccessor('expired', false)).toBe(true)
  expect(wantsSuccessor('active', true)).toBe(true)
})

test("a successor of the app's own session does not take its name (the next sign-in would end it as a session)", () => {
  const params = new URLSearchParams(
    successorSearch({ mom_id: 's', name: `${SESSION_TOKEN_NAME} · 0123456789`, created: 1 }),
  )
  expect(params.get('name')).toBeNull()
  expect(params.get(SUCCESSOR_PARAM)).toBe('s')
  expect(
    new URLSearchParams(successorSearch({ mom_id: 'j', name: 'Nightly job', created: 1 })).get(
      'name',
    ),
  ).toBe('Nightly job')
})
