// Shared test data: a discovery document for a fake instance, a signed-in session, a mytoken JWT.
import { base64url } from 'jose'
import { discoverySchema, type Discovery } from '@/lib/mytoken/api/schemas'
import { sessionStore } from '@/lib/mytoken/browser-state/session-store'

export const TEST_ISSUER = 'https://mytoken.example'

/** The discovery document of a test instance at `issuer` with every endpoint the app uses. */
export function testDiscovery(
  issuer = TEST_ISSUER,
  extra: Record<string, unknown> = {},
): Discovery {
  return discoverySchema.parse({
    issuer,
    access_token_endpoint: `${issuer}/api/v0/token/access`,
    mytoken_endpoint: `${issuer}/api/v0/token/my`,
    tokeninfo_endpoint: `${issuer}/api/v0/tokeninfo`,
    revocation_endpoint: `${issuer}/api/v0/token/revoke`,
    jwks_uri: `${issuer}/jwks`,
    providers_supported: [],
    ...extra,
  })
}

/** Signs in (session store only) with the session token `session-token`, mom id `session`. */
export function signInForTest(instanceIssuer = TEST_ISSUER) {
  sessionStore.set({
    instanceIssuer,
    providerIssuer: 'https://op.example',
    token: 'session-token',
    momId: 'session',
    expiresAt: undefined,
    signedInAt: 0,
  })
}

/**
 * A mytoken JWT of the local stack's issuer named `name`, unsigned (a signature of the right
 * length for ES512): for code that reads tokens without checking them.
 */
export function unsignedMytoken(name: string, signature = 'Sg9'.repeat(58) + 'xy'): string {
  const encode = (value: object) => base64url.encode(JSON.stringify(value))
  const claims = {
    ver: '0.7',
    token_type: 'mytoken',
    iss: 'http://127.0.0.1:8610',
    sub: 'c3ViamVjdA==',
    aud: 'http://127.0.0.1:8610',
    exp: 1_900_000_000,
    iat: 1_800_000_000,
    jti: `id-${name}`,
    seq_no: 1,
    name,
    capabilities: ['AT'],
  }
  return `${encode({ alg: 'ES512', typ: 'MT+JWT' })}.${encode(claims)}.${signature}`
}
