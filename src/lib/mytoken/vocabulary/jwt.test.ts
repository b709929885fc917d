import { expect, test } from 'vitest'
import { mytokenClaims, unsignedJwt } from '@/testing/mytoken-jwt'
import { decodeMytoken, MAX_TOKEN_LENGTH } from './jwt'

const payload = mytokenClaims('laptop', {
  nbf: 1_800_000_000,
  oidc_sub: 'alice',
  oidc_iss: 'http://127.0.0.1:4610',
  capabilities: ['AT', 'tokeninfo'],
  restrictions: [{ exp: 1_900_000_000, usages_AT: 5 }],
})

const jwt = (claims: object = payload) => unsignedJwt(claims)

test('decodes a mytoken JWT into its header and claims', () => {
  const result = decodeMytoken(jwt())
  expect(result.kind).toBe('jwt')
  if (result.kind !== 'jwt') return
  expect(result.header).toEqual({ alg: 'ES512', typ: 'MT+JWT', kid: undefined })
  expect(result.payload.name).toBe('laptop')
  expect(result.payload.capabilities).toEqual(['AT', 'tokeninfo'])
  expect(result.payload.restrictions).toEqual([{ exp: 1_900_000_000, usages_AT: 5 }])
})

test('surrounding whitespace and a trailing newline of a copy are ignored', () => {
  const result = decodeMytoken(`  ${jwt()}\n`)
  expect(result.kind).toBe('jwt')
  if (result.kind === 'jwt') expect(result.token).toBe(jwt())
})

test('an empty input and one of only whitespace are told apart', () => {
  expect(decodeMytoken('')).toEqual({ kind: 'error', error: 'empty', length: 0 })
  expect(decodeMytoken(' \n\t ')).toMatchObject({ kind: 'error', error: 'whitespace' })
})

test('a JWT cut off in its signature or before it is truncated', () => {
  const token = jwt()
  expect(decodeMytoken(token.slice(0, -20))).toMatchObject({ error: 'truncated' })
  const [header, claims] = token.split('.')
  expect(decodeMytoken(`${header}.${claims}`)).toMatchObject({ error: 'truncated' })
  expect(decodeMytoken(`${header}.${claims}.`)).toMatchObject({ error: 'truncated' })
})

test('a JWT cut off inside its payload does not decode to JSON', () => {
  const [header, claims] = jwt().split('.')
  const cut = `${header}.${claims!.slice(0, 40)}.${'A'.repeat(176)}`
  expect(decodeMytoken(cut)).toMatchObject({ error: 'not-json' })
})

test('characters outside base64url are reported as such', () => {
  const [header, claims, signature] = jwt().split('.')
  expect(decodeMytoken(`${header}.${claims}+/.${signature}`)).toMatchObject({
    error: 'not-base64url',
  })
  expect(decodeMytoken(`${header}.${claims}.${signature}.extra`)).toMatchObject({
    error: 'not-base64url',
  })
})

test('a JWT that is not a mytoken (an OIDC access token) is recognised', () => {
  const { token_type: _omit, ...rest } = payload
  expect(decodeMytoken(jwt({ ...rest, scope: 'openid' }))).toMatchObject({ error: 'not-mytoken' })
  expect(decodeMytoken(jwt({ ...payload, token_type: 'access_token' }))).toMatchObject({
    error: 'not-mytoken',
  })
})

test('strings without dots are short tokens from 32 characters on, transfer codes below', () => {
  const short = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopq'
  expect(decodeMytoken(short)).toEqual({ kind: 'short-token', token: short })
  expect(decodeMytoken('a'.repeat(32))).toMatchObject({ kind: 'short-token' })
  expect(decodeMytoken('a'.repeat(31))).toMatchObject({ kind: 'transfer-code' })
  expect(decodeMytoken(' KzQpRtWx ')).toEqual({ kind: 'transfer-code', code: 'KzQpRtWx' })
})

test('transfer codes and short tokens with other characters have the wrong format', () => {
  expect(decodeMytoken('Kz Qp-Rt!')).toMatchObject({ error: 'bad-transfer-code' })
  expect(decodeMytoken(`${'a'.repeat(40)} ${'b'.repeat(10)}`)).toMatchObject({
    error: 'bad-short-token',
  })
})

test('a paste larger than the limit is refused at once, with its size', () => {
  const huge = 'x'.repeat(1024 * 1024)
  const started = performance.now()
  expect(decodeMytoken(huge)).toEqual({ kind: 'error', error: 'too-large', length: huge.length })
  expect(performance.now() - started).toBeLessThan(50)
  expect(decodeMytoken('a'.repeat(MAX_TOKEN_LENGTH))).toMatchObject({ kind: 'short-token' })
})

test('crafted times no server issues get their own message instead of a crash', () => {
  expect(decodeMytoken(jwt({ ...payload, exp: 1e16 }))).toMatchObject({ error: 'impossible-time' })
  expect(decodeMytoken(jwt({ ...payload, iat: 1e300 }))).toMatchObject({ error: 'impossible-time' })
  expect(
    decodeMytoken(jwt({ ...payload, restrictions: [{ exp: 9e15, usages_AT: 5 }] })),
  ).toMatchObject({ error: 'impossible-time' })
  expect(decodeMytoken(jwt({ ...payload, nbf: 1.5 }))).toMatchObject({ error: 'impossible-time' })
  expect(decodeMytoken(jwt({ ...payload, exp: 253_402_300_799 }))).toMatchObject({ kind: 'jwt' })
})

test('prose with a dot and binary junk are not tokens; a token wrapped at 76 columns is rejoined', () => {
  expect(decodeMytoken('Hi, please revoke my token.')).toMatchObject({ error: 'not-a-token' })
  expect(decodeMytoken('\u0000\u0001\u00ff.\u0089PNG\r\n\u001a')).toMatchObject({
    error: 'not-a-token',
  })
  const token = jwt()
  const wrapped = token.match(/.{1,76}/g)!.join('\r\n')
  expect(wrapped.split('\n').length).toBeGreaterThan(3)
  const result = decodeMytoken(`\n${wrapped}\n`)
  expect(result.kind).toBe('jwt')
  if (result.kind === 'jwt') expect(result.token).toBe(token)
})
