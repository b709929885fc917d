import { expect, test } from 'vitest'
import type { Provider } from '@/lib/mytoken/api/schemas'
import {
  createTokenSchema,
  emptyClause,
  isValidHost,
  toMytokenRequest,
  toRestriction,
  type CreateTokenValues,
} from './schema'

const now = 1_800_000_000
const provider: Provider = {
  issuer: 'https://op.example',
  name: 'Helmholtz AAI',
  scopes_supported: ['openid', 'profile', 'email', 'eduperson_unique_id'],
}

function values(overrides: Partial<CreateTokenValues> = {}): CreateTokenValues {
  return {
    name: 'TOAR',
    providerIssuer: provider.issuer,
    capabilities: ['AT'],
    clauses: [{ ...emptyClause(), exp: '+30d', scopes: ['email', 'profile'], usagesAT: '50' }],
    rotation: { onAT: false, onOther: false, lifetime: '', autoRevoke: false },
    responseType: 'token',
    include: '',
    ...overrides,
  }
}

const schema = createTokenSchema({ now: () => now, providers: [provider] })
const errorsOf = (v: CreateTokenValues) => {
  const result = schema.safeParse(v)
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]))
}

test('the request carries exactly what the form says, with times resolved against now', () => {
  expect(toMytokenRequest(values(), now)).toEqual({
    oidc_issuer: provider.issuer,
    application_name: 'mytoken-web app',
    name: 'TOAR',
    capabilities: ['AT'],
    restrictions: [{ exp: now + 30 * 86400, scope: 'email profile', usages_AT: 50 }],
    rotation: { on_AT: false, on_other: false },
    response_type: 'token',
  })
})

test('rotation off is said explicitly, unless a server profile may bring its own', () => {
  const off = { onAT: false, onOther: false, lifetime: '', autoRevoke: false }
  expect(toMytokenRequest(values({ rotation: off }), now).rotation).toEqual({
    on_AT: false,
    on_other: false,
  })
  expect(
    toMytokenRequest(values({ rotation: off, include: 'web-default' }), now).rotation,
  ).toBeUndefined()
})

test('restriction building keeps every key that was filled in and drops the empty ones', () => {
  expect(
    toRestriction(
      {
        nbf: '+1h',
        exp: '2027-01-01 00:00',
        scopes: [],
        audiences: 'https://a.example, https://b.example',
        hosts: '10.0.0.0/8 this',
        geoipAllow: 'DE AT',
        geoipDisallow: '',
        usagesAT: '',
        usagesOther: '5',
      },
      now,
    ),
  ).toEqual({
    nbf: now + 3600,
    exp: new Date(2027, 0, 1).getTime() / 1000,
    audience: ['https://a.example', 'https://b.example'],
    hosts: ['10.0.0.0/8', 'this'],
    geoip_allow: ['DE', 'AT'],
    usages_other: 5,
  })
  expect(toRestriction(emptyClause(), now)).toEqual({})
})

test('clauses, rotation and profile include are mapped; empty clauses are left out', () => {
  const request = toMytokenRequest(
    values({
      name: '  ',
      clauses: [{ ...emptyClause(), usagesAT: '3' }, emptyClause()],
      rotation: { onAT: true, onOther: false, lifetime: '1d', autoRevoke: true },
      responseType: 'short_token',
      include: 'web-default',
    }),
    now,
  )
  expect(request.name).toBeUndefined()
  expect(request.restrictions).toEqual([{ usages_AT: 3 }])
  expect(request.rotation).toEqual({ on_AT: true, lifetime: 86400, auto_revoke: true })
  expect(request.response_type).toBe('short_token')
  expect(request.include).toBe('web-default')
  expect(toMytokenRequest(values({ clauses: [emptyClause()] }), now).restrictions).toBeUndefined()
})

test('validation: expiry in the future and after not-before', () => {
  expect(errorsOf(values())).toEqual({})
  const past = values({ clauses: [{ ...emptyClause(), exp: String(now - 10) }] })
  expect(errorsOf(past)).toEqual({ 'clauses.0.exp': 'expInPast' })
  const before = values({ clauses: [{ ...emptyClause(), nbf: '+2d', exp: '+1d' }] })
  expect(errorsOf(before)).toEqual({ 'clauses.0.exp': 'expBeforeNbf' })
  const garbage = values({ clauses: [{ ...emptyClause(), exp: 'next week' }] })
  expect(errorsOf(garbage)).toEqual({ 'clauses.0.exp': 'timeInvalid' })
})

test('validation: usages, hosts, countries, scopes, capabilities, rotation lifetime', () => {
  const bad = values({
    capabilities: [],
    clauses: [
      {
        ...emptyClause(),
        usagesAT: '0',
        usagesOther: '2.5',
        hosts: '300.1.1.1',
        geoipAllow: 'de',
        geoipDisallow: 'DEU',
        scopes: ['offline_access_x'],
      },
    ],
    rotation: { onAT: true, onOther: false, lifetime: 'daily', autoRevoke: false },
  })
  expect(errorsOf(bad)).toEqual({
    capabilities: 'capabilitiesRequired',
    'clauses.0.usagesAT': 'usagesInvalid',
    'clauses.0.usagesOther': 'usagesInvalid',
    'clauses.0.hosts': 'hostInvalid',
    'clauses.0.geoipAllow': 'countryInvalid',
    'clauses.0.geoipDisallow': 'countryInvalid',
    'clauses.0.scopes': 'scopeUnsupported',
    'rotation.lifetime': 'durationInvalid',
  })
  expect(errorsOf(values({ capabilities: ['AT', 'root'] }))).toEqual({
    capabilities: 'capabilityUnknown',
  })
})

test('hosts: IPs, subnets, host names, wildcards and "this"', () => {
  for (const ok of [
    '192.0.2.1',
    '10.0.0.0/8',
    '2001:db8::1',
    '2001:db8::/32',
    'login.example.org',
    '*.kit.edu',
    'this',
  ])
    expect(isValidHost(ok), ok).toBe(true)
  for (const bad of [
    '192.0.2.1/33',
    '1.2.3.4.5',
    'exa mple',
    '-bad.example',
    '10.0.0.0/8/1',
    '999',
  ])
    expect(isValidHost(bad), bad).toBe(false)
})

test('range checks before anything is sent: int64-breaking counts, dates past 9999, endless lifetimes', () => {
  const nines = '9'.repeat(400)
  const huge = values({
    clauses: [
      {
        ...emptyClause(),
        exp: '+999999y',
        nbf: '99999999999999',
        usagesAT: nines,
        usagesOther: '9'.repeat(20),
      },
    ],
    rotation: { onAT: true, onOther: false, lifetime: nines, autoRevoke: false },
  })
  expect(errorsOf(huge)).toEqual({
    'clauses.0.exp': 'timeTooLate',
    'clauses.0.nbf': 'timeTooLate',
    'clauses.0.usagesAT': 'usagesTooLarge',
    'clauses.0.usagesOther': 'usagesTooLarge',
    'rotation.lifetime': 'durationTooLong',
  })
  expect(errorsOf(values({ clauses: [{ ...emptyClause(), exp: '+99999y' }] }))).toEqual({
    'clauses.0.exp': 'timeTooLate',
  })
  // nothing out of range ever reaches the request (JSON would turn Infinity into null)
  const request = toMytokenRequest(huge, now)
  expect(JSON.stringify(request)).not.toContain('null')
  expect(request.restrictions).toBeUndefined()
  expect(request.rotation).toEqual({ on_AT: true })
  // the last valid values still go through
  const edge = values({
    clauses: [{ ...emptyClause(), exp: '9999-12-31 00:00', usagesAT: '1000000000' }],
  })
  expect(errorsOf(edge)).toEqual({})
  expect(toMytokenRequest(edge, now).restrictions?.[0]?.usages_AT).toBe(1e9)
})
