import { expect, test } from 'vitest'
import { testDiscovery } from '@/testing/fixtures'
import { presetValues, profileValues, valuesFromParams } from './presets'

const discovery = testDiscovery('https://mt.example', {
  providers_supported: [
    { issuer: 'https://google.example', name: 'Google', scopes_supported: ['openid', 'email'] },
    {
      issuer: 'https://login.helmholtz.example/oauth2',
      name: 'Helmholtz AAI',
      scopes_supported: ['openid', 'profile', 'email', 'eduperson_unique_id'],
    },
  ],
  response_types_supported: ['token', 'short_token'],
})

test('the TOAR preset picks the Helmholtz provider, AT, the TOAR scopes and a budget', () => {
  const v = presetValues('toar', discovery)
  expect(v.providerIssuer).toBe('https://login.helmholtz.example/oauth2')
  expect(v.capabilities).toEqual(['AT'])
  expect(v.clauses[0]).toMatchObject({
    exp: '+30d',
    scopes: ['eduperson_unique_id', 'email', 'profile'],
    usagesAT: '100',
  })
})

test('a link prefills name and relative expiry (the "create a token like this one" link)', () => {
  const v = valuesFromParams(new URLSearchParams('name=Nightly%20job&exp=%2B86400s'), discovery)
  expect(v.name).toBe('Nightly job')
  expect(v.clauses[0]?.exp).toBe('+86400s')
  expect(v.capabilities).toEqual(['AT', 'tokeninfo'])
})

test('a link overrides single settings of a preset and ignores unknown or unsupported values', () => {
  const v = valuesFromParams(
    new URLSearchParams(
      'preset=toar&usages_AT=50&scope=email,profile&capabilities=AT,tokeninfo&hosts=10.0.0.0/8,this&rotation=on_AT,auto_revoke&response_type=transfer_code&provider=https://evil.example&mytoken=secret',
    ),
    discovery,
  )
  expect(v.providerIssuer).toBe('https://login.helmholtz.example/oauth2')
  expect(v.capabilities).toEqual(['AT', 'tokeninfo'])
  expect(v.clauses[0]).toMatchObject({
    usagesAT: '50',
    scopes: ['email', 'profile'],
    hosts: '10.0.0.0/8 this',
  })
  expect(v.rotation).toMatchObject({ onAT: true, onOther: false, autoRevoke: true })
  expect(v.responseType).toBe('token')
  expect(JSON.stringify(v)).not.toContain('secret')
})

test('a server profile payload fills the form, keeping relative times relative', () => {
  const at = 1_800_000_000
  const v = profileValues(
    {
      capabilities: ['AT', 'tokeninfo'],
      restrictions: [{ exp: at + 43200, hosts: ['this'], usages_AT: 15 }],
      rotation: { on_AT: true, lifetime: 86400 },
    },
    presetValues('custom', discovery),
    at,
  )
  expect(v.capabilities).toEqual(['AT', 'tokeninfo'])
  expect(v.clauses).toEqual([
    expect.objectContaining({ exp: '+12h', hosts: 'this', usagesAT: '15' }),
  ])
  expect(v.rotation).toEqual({ onAT: true, onOther: false, lifetime: '1d', autoRevoke: false })
})
