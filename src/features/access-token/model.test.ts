import { expect, test } from 'vitest'
import type { Provider } from '@/lib/mytoken/api/schemas'
import { stepUpRequest } from '@/lib/step-up/step-up'
import {
  ACCESS_TOKEN_COMMENT,
  checkAccessTokenForm,
  compareGranted,
  curlSnippet,
  defaultScopes,
  expiresAt,
  initialFormValues,
  offeredScopes,
  planAccessToken,
  switchProvider,
} from './model'

const helmholtz: Provider = {
  issuer: 'https://login.helmholtz.example/oauth2',
  name: 'Helmholtz AAI',
  scopes_supported: ['openid', 'profile', 'email', 'eduperson_entitlement', 'offline_access'],
}
const other: Provider = {
  issuer: 'https://other.example',
  name: 'Other',
  scopes_supported: ['openid', 'storage.read'],
}
const silent: Provider = { issuer: 'https://silent.example', scopes_supported: [] }
const providers = [helmholtz, other, silent]

const values = (patch: Partial<Parameters<typeof checkAccessTokenForm>[0]> = {}) => ({
  providerIssuer: helmholtz.issuer,
  scopes: ['openid', 'profile'],
  audience: '',
  ...patch,
})

test('offline_access is never offered (the server adds it); defaults are openid, profile, email', () => {
  expect(offeredScopes(helmholtz)).toEqual(['openid', 'profile', 'email', 'eduperson_entitlement'])
  expect(defaultScopes(helmholtz)).toEqual(['openid', 'profile', 'email'])
  expect(defaultScopes(other)).toEqual(['openid'])
  expect(defaultScopes({ issuer: 'x', scopes_supported: ['a', 'b'] })).toEqual(['a'])
  expect(defaultScopes(silent)).toEqual([])
})

test('a valid form has no problems; audiences may be URLs or plain client ids', () => {
  expect(checkAccessTokenForm(values(), providers)).toEqual([])
  expect(
    checkAccessTokenForm(
      values({ audience: 'https://a.example/api, client-42  urn:x:y' }),
      providers,
    ),
  ).toEqual([])
})

test('a provider the instance does not offer and an empty scope choice are named', () => {
  expect(
    checkAccessTokenForm(values({ providerIssuer: 'https://evil.example', scopes: [] }), providers),
  ).toEqual([
    { field: 'provider', code: 'unknownProvider' },
    { field: 'scopes', code: 'noScope' },
  ])
})

test('scopes the provider does not offer are named, offline_access included', () => {
  expect(
    checkAccessTokenForm(values({ scopes: ['openid', 'bogus', 'offline_access'] }), providers),
  ).toEqual([{ field: 'scopes', code: 'unknownScope', values: ['bogus', 'offline_access'] }])
  // another provider's scope is unknown here
  expect(checkAccessTokenForm(values({ scopes: ['storage.read'] }), providers)).toEqual([
    { field: 'scopes', code: 'unknownScope', values: ['storage.read'] },
  ])
})

test('typed scopes (provider lists none) must be RFC 6749 scope tokens', () => {
  expect(
    checkAccessTokenForm(
      values({ providerIssuer: silent.issuer, scopes: ['openid', 'a"b', 'c\\d'] }),
      providers,
    ),
  ).toEqual([{ field: 'scopes', code: 'scopeCharacters', values: ['a"b', 'c\\d'] }])
})

test('bad audiences are named one by one: characters, broken URLs with fragments, length, count', () => {
  expect(
    checkAccessTokenForm(
      values({ audience: '"quoted" <x> https://ok.example http://bad.example/#frag müller' }),
      providers,
    ),
  ).toEqual([
    { field: 'audience', code: 'audienceCharacters', values: ['"quoted"', '<x>', 'müller'] },
    { field: 'audience', code: 'audienceNotUrl', values: ['http://bad.example/#frag'] },
  ])
  expect(checkAccessTokenForm(values({ audience: 'https://' }), providers)).toEqual([
    { field: 'audience', code: 'audienceNotUrl', values: ['https://'] },
  ])
  const long = `https://x.example/${'a'.repeat(500)}`
  expect(checkAccessTokenForm(values({ audience: long }), providers)).toEqual([
    { field: 'audience', code: 'audienceTooLong', values: [long] },
  ])
  const many = Array.from({ length: 11 }, (_, i) => `aud${i}`).join(' ')
  expect(checkAccessTokenForm(values({ audience: many }), providers)).toEqual([
    { field: 'audience', code: 'tooManyAudiences' },
  ])
})

test('the step-up token: capability AT only, one access token, exactly these scopes and audiences', () => {
  const plan = planAccessToken(
    values({ scopes: ['openid', 'profile', 'openid'], audience: 'https://a.example, b' }),
    'mytoken-web app',
  )
  const request = stepUpRequest(plan.spec, 1_000_000)
  expect(request).toEqual({
    oidc_issuer: helmholtz.issuer,
    name: 'mytoken-web app step-up: one access token',
    application_name: 'mytoken-web app',
    capabilities: ['AT'],
    restrictions: [
      {
        exp: 1000 + 600,
        usages_AT: 1,
        scope: 'openid profile',
        audience: ['https://a.example', 'b'],
      },
    ],
    rotation: { on_AT: false, on_other: false },
    response_type: 'token',
  })
  // the access-token request asks for exactly the same
  expect(plan.options).toEqual({
    scope: 'openid profile',
    audience: 'https://a.example b',
    comment: ACCESS_TOKEN_COMMENT,
  })
})

test('without an audience, neither the step-up token nor the request names one', () => {
  const plan = planAccessToken(values(), 'app')
  expect(plan.spec.restrictions).toEqual({ usages_AT: 1, scope: 'openid profile' })
  expect(plan.options).not.toHaveProperty('audience')
})

test('what the provider granted is compared with what was asked', () => {
  const plan = planAccessToken(
    values({ scopes: ['openid', 'profile', 'email'], audience: 'a b' }),
    'app',
  )
  expect(
    compareGranted(plan, {
      access_token: 'x',
      scope: 'openid profile offline_access',
      audience: ['a', 'c'],
    }),
  ).toEqual({
    scopes: ['openid', 'profile', 'offline_access'],
    missing: ['email'],
    extra: ['offline_access'],
    audiences: ['a', 'c'],
    missingAudiences: ['b'],
  })
  expect(compareGranted(plan, { access_token: 'x', audience: null })).toMatchObject({
    scopes: [],
    audiences: [],
  })
})

test('expiry from expires_in: none, nonsense and huge values stay safe', () => {
  expect(expiresAt({ access_token: 'x', expires_in: 300 }, 1000)).toBe(301_000)
  expect(expiresAt({ access_token: 'x' }, 1000)).toBeUndefined()
  expect(expiresAt({ access_token: 'x', expires_in: -5 }, 1000)).toBeUndefined()
  expect(expiresAt({ access_token: 'x', expires_in: Number.MAX_VALUE }, 0)).toBe(
    10 * 365 * 24 * 3600 * 1000,
  )
})

test('the curl lines never contain the token; an http(s) audience becomes the target, safely quoted', () => {
  expect(curlSnippet([])).toBe(
    `read -rs ACCESS_TOKEN\nprintf 'Authorization: Bearer %s\\n' "$ACCESS_TOKEN" | curl -H @- 'https://service.example/api'`,
  )
  expect(curlSnippet(['client-1', "https://a.example/it's"])).toContain(
    `'https://a.example/it'\\''s'`,
  )
})

test('first values: a link may name provider, scopes and audience; else the session provider', () => {
  expect(initialFormValues(providers, new URLSearchParams(), other.issuer)).toEqual({
    providerIssuer: other.issuer,
    scopes: ['openid'],
    audience: '',
  })
  expect(initialFormValues(providers, new URLSearchParams())).toMatchObject({
    providerIssuer: helmholtz.issuer,
    scopes: ['openid', 'profile', 'email'],
  })
  const link = new URLSearchParams({ provider: 'https://x', scope: 'openid,bogus', audience: 'a' })
  expect(initialFormValues(providers, link)).toEqual({
    providerIssuer: 'https://x',
    scopes: ['openid', 'bogus'],
    audience: 'a',
  })
})

test('switching the provider keeps what it offers too, else its defaults; typed scopes stay', () => {
  const chosen = values({ scopes: ['openid', 'eduperson_entitlement'], audience: 'a' })
  expect(switchProvider(chosen, other)).toEqual({
    providerIssuer: other.issuer,
    scopes: ['openid'],
    audience: 'a',
  })
  expect(switchProvider(values({ scopes: ['email'] }), other).scopes).toEqual(['openid'])
  expect(switchProvider(chosen, silent).scopes).toEqual(['openid', 'eduperson_entitlement'])
})
