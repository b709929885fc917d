// The app's typed API client against the real server: the calls every feature builds on. The
// server's truth behind them is checked with plain fetch (stack-api.ts), not with this client.
import { createMytokenClient, fetchDiscovery } from '../src/lib/mytoken/api/client'
import { memoryCredential } from '../src/lib/mytoken/api/credential'
import { MytokenError } from '../src/lib/mytoken/api/errors'
import { stackConfig } from '../stack/config'
import { createMytokenOverHttp, expect, test } from './fixtures'
import { canObtainAccessToken, isTokenValid } from './stack-api'

async function appClient() {
  return createMytokenClient(await fetchDiscovery(stackConfig.mytoken.issuer))
}

test('a token created through the consent flow works, is listed, introspected and revoked', async ({
  user,
}) => {
  const created = await createMytokenOverHttp(user, {
    name: 'api client check',
    capabilities: ['AT', 'tokeninfo', 'manage_mytokens:list'],
    restrictions: [{ exp: Math.floor(Date.now() / 1000) + 3600, usages_AT: 5 }],
  })
  expect(created.mytoken_type).toBe('token')
  expect(created.capabilities).toEqual(
    expect.arrayContaining(['AT', 'tokeninfo', 'manage_mytokens:list']),
  )
  const token = created.mytoken!
  const client = await appClient()
  const credential = memoryCredential(token)

  const access = await client.getAccessToken(credential, { comment: 'e2e' })
  expect(access.access_token.length).toBeGreaterThan(10)

  const introspection = await client.introspect(credential)
  expect(introspection.valid).toBe(true)
  expect(introspection.token.name).toBe('api client check')
  expect(introspection.token.restrictions?.[0]?.usages_AT_done).toBe(1)

  const list = await client.listMytokens(credential)
  expect(list.map((tree) => tree.token.name)).toContain('api client check')

  const history = await client.eventHistory(credential)
  expect(history.map((event) => event.event)).toEqual(
    expect.arrayContaining(['created', 'AT_created']),
  )

  await client.revokeToken(token, false)
  expect(await isTokenValid(token)).toBe(false)
  expect(await canObtainAccessToken(token)).toBe(false)
})

test('rotation: the replacement in token_update is applied to the credential that made the request', async ({
  user,
}) => {
  const created = await createMytokenOverHttp(user, {
    capabilities: ['AT', 'tokeninfo'],
    restrictions: [{ exp: Math.floor(Date.now() / 1000) + 3600 }],
    rotation: { on_AT: true },
  })
  const original = created.mytoken!
  const credential = memoryCredential(original)
  const client = await appClient()
  await client.getAccessToken(credential)
  expect(credential.token()).not.toBe(original)
  expect(await isTokenValid(credential.token())).toBe(true)
  expect(await isTokenValid(original)).toBe(false)
})

test('errors arrive typed, with the server’s code and HTTP status', async () => {
  const client = await appClient()
  const error = await client.introspect(memoryCredential('x'.repeat(40))).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(MytokenError)
  expect((error as MytokenError).status).toBe(401)
  expect((error as MytokenError).code).toBe('invalid_token')

  const pending = await client
    .startOidcFlow({ oidc_issuer: (await client.discovery).providers_supported[0]!.issuer })
    .then((started) => client.pollOidcFlow(started.polling_code))
    .catch((e: unknown) => e)
  expect((pending as MytokenError).status).toBe(428)
  expect((pending as MytokenError).code).toBe('authorization_pending')
})
