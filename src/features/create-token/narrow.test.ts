import { expect, test } from 'vitest'
import { narrowValues, NARROW_LIFETIME, NARROW_USAGES_AT } from './narrow'
import { emptyClause, type CreateTokenValues } from './schema'

const values = (): CreateTokenValues => ({
  name: 'Old',
  providerIssuer: 'https://op.example',
  capabilities: ['AT', 'create_mytoken', 'settings', 'read@settings', 'manage_mytokens:list'],
  clauses: [
    { ...emptyClause(), scopes: ['openid'] },
    { ...emptyClause(), exp: '+2d', usagesAT: '5' },
  ],
  rotation: { onAT: false, onOther: false, lifetime: '', autoRevoke: false },
  responseType: 'token',
  include: '',
})

test('nothing to narrow: the values as they are', () => {
  const v = values()
  expect(narrowValues(v, [])).toBe(v)
})

test('expiry and usage limits fill only the clauses that had none', () => {
  const next = narrowValues(values(), ['expiry', 'usagesAT'])
  expect(next.clauses.map((c) => [c.exp, c.usagesAT])).toEqual([
    [NARROW_LIFETIME, NARROW_USAGES_AT],
    ['+2d', '5'],
  ])
  expect(next.clauses[0]!.scopes).toEqual(['openid'])
})

test('capabilities: creating tokens and managing the account are dropped separately', () => {
  expect(narrowValues(values(), ['createMytoken']).capabilities).toEqual([
    'AT',
    'settings',
    'read@settings',
    'manage_mytokens:list',
  ])
  expect(narrowValues(values(), ['manage']).capabilities).toEqual([
    'AT',
    'create_mytoken',
    'read@settings',
  ])
  const only = { ...values(), capabilities: ['settings'] }
  expect(narrowValues(only, ['manage']).capabilities).toEqual(['AT'])
})

test('rotation is turned on, with auto-revoke, keeping its lifetime', () => {
  const v = { ...values(), rotation: { ...values().rotation, lifetime: '1d' } }
  expect(narrowValues(v, ['rotation']).rotation).toEqual({
    onAT: true,
    onOther: true,
    lifetime: '1d',
    autoRevoke: true,
  })
})
