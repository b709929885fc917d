import { expect, test } from 'vitest'
import { testDiscovery } from '@/testing/fixtures'
import { applyTokenUpdate, createMytokenClient } from './client'
import { memoryCredential } from './credential'
import { discoverySchema, mytokenResponseSchema, tokenListSchema } from './schemas'

test('token_update replaces the token of the credential that made the request', () => {
  const credential = memoryCredential('old-token')
  const update = applyTokenUpdate(
    {
      events: [],
      token_update: { mytoken: 'rotated-token', mytoken_type: 'token', expires_in: 60 },
    },
    credential,
  )
  expect(update?.mytoken).toBe('rotated-token')
  expect(credential.token()).toBe('rotated-token')
})

test('an answer without token_update leaves the credential alone', () => {
  const credential = memoryCredential('same-token')
  expect(applyTokenUpdate({ events: [] }, credential)).toBeUndefined()
  expect(applyTokenUpdate(undefined, credential)).toBeUndefined()
  expect(credential.token()).toBe('same-token')
})

test('a token_update without a token string is ignored', () => {
  const credential = memoryCredential('kept')
  applyTokenUpdate(
    { token_update: { mytoken_type: 'transfer_code', transfer_code: 'ABCD' } },
    credential,
  )
  expect(credential.token()).toBe('kept')
})

test('the onReplace callback sees the whole update (to update expiry and the UI)', () => {
  const seen: unknown[] = []
  const credential = memoryCredential('a', (update) => seen.push(update.expires_in))
  applyTokenUpdate(
    { token_update: { mytoken: 'b', mytoken_type: 'short_token', expires_in: 42 } },
    credential,
  )
  expect(seen).toEqual([42])
})

test('discovery parsing keeps providers and fills defaults for optional lists', () => {
  const discovery = discoverySchema.parse({
    issuer: 'https://mytoken.example',
    access_token_endpoint: 'https://mytoken.example/api/v0/token/access',
    mytoken_endpoint: 'https://mytoken.example/api/v0/token/my',
    jwks_uri: 'https://mytoken.example/jwks',
    providers_supported: [
      { issuer: 'https://op.example', name: 'OP', scopes_supported: ['openid'] },
    ],
    some_future_field: true,
  })
  expect(discovery.providers_supported[0]?.name).toBe('OP')
  expect(discovery.tokeninfo_endpoint_actions_supported).toEqual([])
  expect(discovery.response_types_supported).toEqual(['token'])
})

test('a nested token_update parses recursively', () => {
  const parsed = mytokenResponseSchema.parse({
    mytoken: 'child',
    mytoken_type: 'token',
    token_update: { mytoken: 'parent-rotated', mytoken_type: 'token' },
  })
  expect(parsed.token_update?.mytoken).toBe('parent-rotated')
})

test('a token list tolerates null children and a null list', () => {
  expect(tokenListSchema.parse({ mytokens: null }).mytokens).toBeNull()
  const list = tokenListSchema.parse({
    mytokens: [{ token: { mom_id: 'a', name: '', created: 1 }, children: null }],
  })
  expect(list.mytokens?.[0]?.children).toBeUndefined()
})

test('requests with one rotating credential run one after another, each with the newest token', async () => {
  const sent: string[] = []
  let rotation = 0
  const fakeFetch = async (_url: string | URL | Request, init?: RequestInit) => {
    const { mytoken } = JSON.parse(String(init?.body)) as { mytoken: string }
    sent.push(mytoken)
    await new Promise((resolve) => setTimeout(resolve, 5))
    rotation += 1
    return new Response(
      JSON.stringify({
        mytokens: [],
        token_update: { mytoken: `t${rotation}`, mytoken_type: 'token' },
      }),
      { status: 200 },
    )
  }
  const client = createMytokenClient(testDiscovery(), fakeFetch)
  const credential = memoryCredential('t0')
  await Promise.all([
    client.listMytokens(credential),
    client.listMytokens(credential),
    client.listMytokens(credential),
  ])
  expect(sent).toEqual(['t0', 't1', 't2'])
  expect(credential.token()).toBe('t3')
})

test('a failed request does not block the next one with the same credential', async () => {
  let calls = 0
  const fakeFetch = async () => {
    calls += 1
    if (calls === 1) throw new TypeError('network down')
    return new Response(JSON.stringify({ mytokens: [] }), { status: 200 })
  }
  const client = createMytokenClient(testDiscovery(), fakeFetch)
  const credential = memoryCredential('t0')
  const results = await Promise.allSettled([
    client.listMytokens(credential),
    client.listMytokens(credential),
  ])
  expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled'])
})

test('revoke: another token by its mom_id, or the credential’s own; never by an undefined id', async () => {
  const sent: unknown[] = []
  const fakeFetch = async (_url: RequestInfo | URL, init?: RequestInit) => {
    sent.push(JSON.parse(String(init?.body)))
    return new Response(null, { status: 204 })
  }
  const client = createMytokenClient(testDiscovery(), fakeFetch)
  const credential = memoryCredential('session-token')
  await client.revoke(credential, { momId: 'child', recursive: true })
  await client.revoke(credential, { recursive: false })
  const momId: string | undefined = undefined
  await expect(client.revoke(credential, { momId, recursive: true })).rejects.toThrow(
    'momId is undefined',
  )
  expect(sent).toEqual([
    { token: 'session-token', mom_id: 'child', recursive: true },
    { token: 'session-token', recursive: false },
  ])
})
